import { z } from "zod";

// The variables @dyad/db reads (README "Configuration"), validated. Read on every call, not once:
// the commands set DATABASE_URL after resolving the database (cli/), and tests point the domain at
// another database or public site mid-run; the parse costs microseconds next to what each caller
// does with the value (open a pool, send a request, run a query).

/** Unset and empty mean the same ("VAR= pnpm start"), as they always have here. */
const unsetIfEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? undefined : v), schema);
const flag = z
  .string()
  .optional()
  .transform((v) => v === "1");

const ZDbEnv = z.object({
  DATABASE_URL: unsetIfEmpty(z.string().optional()),
  /** Comma-separated PostgreSQL URLs of streaming replicas of DATABASE_URL. */
  DATABASE_REPLICA_URLS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    ),
  DATABASE_POOL_SIZE: unsetIfEmpty(z.coerce.number().int().min(1).default(5)),
  /** The embedded database's port when DATABASE_URL is not set. */
  DYAD_DB_PORT: unsetIfEmpty(z.coerce.number().int().min(1).max(65535).default(54330)),
  /** The public site that publishes revalidate, with the secret it expects. */
  DYAD_WEB_URL: unsetIfEmpty(z.url().optional()),
  DYAD_REVALIDATE_SECRET: unsetIfEmpty(z.string().optional()),
  /** Redis shared by every instance (rate limits here, the page cache in apps/web). */
  DYAD_REDIS_URL: unsetIfEmpty(z.string().optional()),
  /** "1" lets webhooks reach private addresses (tests and local receivers). */
  DYAD_WEBHOOKS_ALLOW_PRIVATE: flag,
});
export type DbEnv = z.infer<typeof ZDbEnv>;

/** The database package's settings, or an error naming each invalid variable. */
export function dbEnv(): DbEnv {
  // biome-ignore lint/style/noProcessEnv: this module is where @dyad/db reads the environment
  const parsed = ZDbEnv.safeParse(process.env);
  if (parsed.success) return parsed.data;
  throw new Error(
    `The database package's environment is invalid: ${parsed.error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
  );
}
