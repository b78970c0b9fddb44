import { noHiddenControls, noNul } from "@dyad/core/schemas/text";
import { z } from "zod";
import { Role } from "../generated/prisma/enums";
import { normalizeEmail } from "./normalize-email";

/**
 * An account's email, normalised (normalize-email.ts) so that equal addresses are equal strings.
 * Internationalised addresses are accepted; control and invisible formatting characters are not.
 */
export const ZEmail = z
  .string()
  .max(320, "Use at most 320 characters")
  .transform(normalizeEmail)
  .pipe(
    z
      .email({ pattern: z.regexes.unicodeEmail, error: "Enter an email address" })
      .refine((e) => !/\p{C}/u.test(e), "An email address cannot hold control or invisible characters"),
  )
  .describe("Sign-in email");

export const ZPassword = z
  .string()
  .min(12, "Use at least 12 characters")
  .max(200, "Use at most 200 characters")
  .describe("A password of 12 to 200 characters");

/** Prisma's enum (prisma/schema.prisma): one list of roles. */
export const ZRole = z.enum(Role);
export type TRole = z.infer<typeof ZRole>;

export const ZCreateUserRequest = z.strictObject({
  email: ZEmail,
  name: z
    .string()
    .trim()
    .min(1, "Give a name")
    .max(200)
    .refine(...noNul)
    .refine(...noHiddenControls),
  role: ZRole,
  password: ZPassword,
});
export type TCreateUserRequest = z.input<typeof ZCreateUserRequest>;
