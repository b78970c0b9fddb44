import { z } from "zod";

/**
 * The editor's environment, read once and validated. Read lazily (on first use, not at import)
 * so `next build` needs none of it.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Empty counts as unset (`NEXTAUTH_SECRET= next start`), which production refuses below.
  NEXTAUTH_SECRET: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  ),
  NEXTAUTH_URL: z.url().optional(),
  DYAD_REVALIDATE_SECRET: z.string().min(16).optional(),
  /** The public site, for "see it on the public site" links (and revalidation, in @dyad/db). */
  DYAD_WEB_URL: z.url().optional(),
  /** Hours a session lasts after sign-in. */
  DYAD_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(8),
  /** "true" lets whoever made a change-set or a draft approve it too (four eyes off: a one-person deployment). */
  DYAD_ALLOW_SELF_APPROVAL: z.enum(["true", "false"]).default("false"),
  DYAD_OIDC_ISSUER: z.url().optional(),
  DYAD_OIDC_CLIENT_ID: z.string().min(1).optional(),
  DYAD_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  DYAD_OIDC_NAME: z.string().min(1).default("Single sign-on"),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
});
export type EditorEnv = z.infer<typeof ZEnv> & { sessionSecret: string };

let cached: EditorEnv | undefined;

export function env(): EditorEnv {
  if (cached) return cached;
  // biome-ignore lint/style/noProcessEnv: this module is where the editor reads the environment
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `The editor's environment is invalid: ${parsed.error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  }
  cached = { ...parsed.data, sessionSecret: sessionSecret(parsed.data) };
  return cached;
}

/**
 * The build's mode. Next writes the value of process.env.NODE_ENV into its bundles when it
 * builds, so it is read literally, apart from the settings above (which a build does not need).
 */
// biome-ignore lint/style/noProcessEnv: the build's mode, inlined by Next (see above)
export const mode = process.env.NODE_ENV;

/**
 * The key that signs and encrypts session cookies: NEXTAUTH_SECRET. Outside production a fixed
 * development key. In production without it the editor refuses to start sessions, with an error
 * naming the variable: the key is never derived from another secret, so leaking or rotating one
 * (the revalidation secret is shared with the public site) never affects the other.
 */
function sessionSecret(e: z.infer<typeof ZEnv>): string {
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV !== "production") return "dyad-development-session-secret-not-for-production";
  throw new Error(
    "NEXTAUTH_SECRET is not set: the editor cannot sign sessions in production without it. Set NEXTAUTH_SECRET to 32+ random characters (e.g. `openssl rand -base64 32`).",
  );
}
