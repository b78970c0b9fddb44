import { z } from "zod";

/**
 * The public API's settings, read once from the environment and validated (on first use, so a
 * build needs none). Limits are per fixed window; the defaults are generous for people and
 * scripts, and a deployment tightens them here.
 */
const ZApiEnv = z.object({
  /** Requests per window from one client address (anonymous reads). */
  DYAD_API_RATE_LIMIT: z.coerce.number().int().min(1).default(300),
  /** Requests per window with one API token. */
  DYAD_API_TOKEN_RATE_LIMIT: z.coerce.number().int().min(1).default(300),
  DYAD_API_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});
export type ApiEnv = z.infer<typeof ZApiEnv>;

let cached: ApiEnv | undefined;

export function apiEnv(): ApiEnv {
  if (cached) return cached;
  const parsed = ZApiEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `The API's environment is invalid: ${parsed.error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  }
  cached = parsed.data;
  return cached;
}

let warnedNoRevalidateSecret = false;

/**
 * The secret the editor (or any publisher) sends to POST /api/revalidate. In production it is
 * required for publishes to reach the cached pages: unset, the endpoint refuses every call and
 * says why (and the log names the variable once), rather than silently ignoring publishes. A
 * secret shorter than 16 characters is refused as too weak to guess-protect the endpoint.
 */
export function revalidateSecret(): { secret: string } | { problem: string } {
  const secret = process.env.DYAD_REVALIDATE_SECRET;
  if (secret && secret.length >= 16) return { secret };
  const problem = secret
    ? "DYAD_REVALIDATE_SECRET is too short: use 16+ random characters"
    : "DYAD_REVALIDATE_SECRET is not set: publishes cannot revalidate the public site's cached pages";
  if (!warnedNoRevalidateSecret && process.env.NODE_ENV === "production") {
    warnedNoRevalidateSecret = true;
    console.error(problem);
  }
  return { problem };
}
