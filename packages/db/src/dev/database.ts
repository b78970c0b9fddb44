import { spawn } from "node:child_process";
import path from "node:path";
import { isListening, startEmbeddedPostgres } from "../embedded";
import { dbEnv } from "../env";

export { serverArgs } from "./server-command";

export const REPO_ROOT = path.join(import.meta.dirname, "..", "..", "..", "..");
export const EMBEDDED_DATA_DIR = path.join(REPO_ROOT, ".data", "pglite");
export const EMBEDDED_PORT = dbEnv().DYAD_DB_PORT;

/**
 * The database for a command: DATABASE_URL when set; otherwise the embedded database, reusing
 * a running one (`pnpm start`) or starting it for the duration of the command.
 */
export async function resolveDatabase(log: (line: string) => void = () => {}) {
  const configured = dbEnv().DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const url = `postgresql://postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  if (await isListening(EMBEDDED_PORT)) return { url, embedded: true, stop: async () => {} };
  log(`Starting the embedded database (data in ${path.relative(process.cwd(), EMBEDDED_DATA_DIR) || "."})...`);
  const db = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
  return { url: db.url, embedded: true, stop: db.stop };
}

/** Apply every migration with `prisma migrate deploy` (never `db push`). */
export function migrate(databaseUrl: string): Promise<void> {
  const script = path.join(import.meta.dirname, "..", "..", "scripts", "prisma.mjs");
  return new Promise((resolve, reject) => {
    let output = "";
    const child = spawn(process.execPath, [script, "migrate", "deploy"], {
      // biome-ignore lint/style/noProcessEnv: passes this process's environment on to Prisma's CLI
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed:\n${output}`)),
    );
  });
}
