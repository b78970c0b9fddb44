import { z } from "zod";
import { noHiddenControls, noNul } from "../schemas/text";

/** Emails are compared case-insensitively; they are stored trimmed and lower-cased. */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address").max(320))
  .describe("Sign-in email");

export const ZPassword = z
  .string()
  .min(12, "Use at least 12 characters")
  .max(200, "Use at most 200 characters")
  .describe("A password of 12 to 200 characters");

export const ZRole = z.enum(["EDITOR", "REVIEWER", "ADMIN"]);
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
