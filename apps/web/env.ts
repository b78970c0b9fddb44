import { z } from "zod";

/**
 * The public site's and API's settings (README "Configuration"), read once from the environment
 * and validated, on first use, so a build needs none of them. The database's own variables are
 * read by @dyad/db (packages/db/src/env.ts). Limits are per fixed window; the defaults are
 * generous for people and scripts, and a deployment tightens them here.
 */
const unsetIfEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? undefined : v), schema);
const flag = z
  .string()
  .optional()
  .transform((v) => v === "1");

const ZWebEnv = z.object({
  NODE_ENV: z.string().optional(),
  PORT: unsetIfEmpty(z.coerce.number().int().min(1).max(65535).default(3000)),
  /** Tells one deployment's cached answers from another's (lib/api/reads.ts). */
  DATABASE_URL: z.string().optional(),
  /** The site's public address; one that is not an http(s) URL counts as unset (lib/site.ts). */
  DYAD_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .catch(undefined),
  DYAD_REVALIDATE_SECRET: z.string().optional(),
  /** Requests per window from one client address (anonymous reads). */
  DYAD_API_RATE_LIMIT: z.coerce.number().int().min(1).default(300),
  /** Requests per window with one API token. */
  DYAD_API_TOKEN_RATE_LIMIT: z.coerce.number().int().min(1).default(300),
  DYAD_API_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** "1": API answers say where a read was served from (X-Dyad-Read; tests). */
  DYAD_DEBUG_READS: flag,
  /** "1": serve /api/bench-floor, the benchmark's reference response. */
  DYAD_BENCH_FLOOR: flag,
  DYAD_RELEASE_FILES_DIR: unsetIfEmpty(z.string().optional()),
  /** How often webhooks are delivered; 0 turns delivery off. */
  DYAD_WEBHOOKS_INTERVAL_MS: unsetIfEmpty(z.coerce.number().int().min(0).default(2000)),
});
export type WebEnv = z.infer<typeof ZWebEnv>;

let cached: WebEnv | undefined;

export function env(): WebEnv {
  if (cached) return cached;
  // biome-ignore lint/style/noProcessEnv: this module is where the public site reads the environment
  const parsed = ZWebEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `The public site's environment is invalid: ${parsed.error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  }
  cached = parsed.data;
  return cached;
}

/**
 * Whether this is a production build. Next writes the value of process.env.NODE_ENV into its
 * bundles when it builds, so it is read literally, apart from the settings above.
 */
// biome-ignore lint/style/noProcessEnv: the build's mode, inlined by Next (see above)
export const production = process.env.NODE_ENV === "production";

let warnedNoRevalidateSecret = false;

/**
 * The secret the editor (or any publisher) sends to POST /api/revalidate. In production it is
 * required for publishes to reach the cached pages: unset, the endpoint refuses every call and
 * says why (and the log names the variable once), rather than silently ignoring publishes. A
 * secret shorter than 16 characters is refused as too weak to guess-protect the endpoint.
 */
export function revalidateSecret(): { secret: string } | { problem: string } {
  const { DYAD_REVALIDATE_SECRET: secret, NODE_ENV } = env();
  if (secret && secret.length >= 16) return { secret };
  const problem = secret
    ? "DYAD_REVALIDATE_SECRET is too short: use 16+ random characters"
    : "DYAD_REVALIDATE_SECRET is not set: publishes cannot revalidate the public site's cached pages";
  if (!warnedNoRevalidateSecret && NODE_ENV === "production") {
    warnedNoRevalidateSecret = true;
    console.error(problem);
  }
  return { problem };
}
