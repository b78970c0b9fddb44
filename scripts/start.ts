// `pnpm start`: the whole product on one machine. The embedded database (or DATABASE_URL),
// migrated and seeded, then the public site and the editor app. `--dev` runs `next dev`.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { disconnectDb } from "@dyad/db";
import { migrate, REPO_ROOT, resolveDatabase, serverArgs } from "@dyad/db/dev";
import { isListening, stopChild } from "@dyad/db/embedded";
import { printSeedResult, seed } from "@dyad/db/seed";

const dev = process.argv.includes("--dev");
const HOST = process.env.HOST ?? "127.0.0.1";
const apps = [
  { name: "Public site", dir: "apps/web", port: Number(process.env.WEB_PORT ?? 3000) },
  { name: "Editor", dir: "apps/editor", port: Number(process.env.EDITOR_PORT ?? 3001) },
];

for (const app of apps) {
  if (await isListening(app.port))
    fail(
      `Port ${app.port} (${app.name}) is in use: stop what runs there or set ${app.dir === "apps/web" ? "WEB_PORT" : "EDITOR_PORT"}`,
    );
}

// The editor tells the public site what to revalidate after a publish; both share this secret.
process.env.DYAD_REVALIDATE_SECRET ??= randomBytes(24).toString("base64url");
// A fresh session key per start for a local run (sessions end on restart); set it in production.
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

const db = await resolveDatabase(console.log);
process.env.DATABASE_URL = db.url;
console.log(db.embedded ? `Embedded PostgreSQL at ${db.url}` : "Using the PostgreSQL server in DATABASE_URL");
await migrate(db.url);
printSeedResult(
  await seed({
    adminEmail: process.env.DYAD_ADMIN_EMAIL ?? "admin@dyad.local",
    adminPassword: process.env.DYAD_ADMIN_PASSWORD,
  }),
);
await disconnectDb();
process.env.DYAD_WEB_URL ??= `http://127.0.0.1:${apps[0]?.port}`;

if (!dev) {
  console.log("Building the apps (cached after the first time)...");
  const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=./apps/*", "--output-logs=errors-only"], {
    cwd: REPO_ROOT,
    stdio: "inherit",
  });
  if (build.status !== 0) await shutdown(1, "The build failed");
}

const children: ChildProcess[] = apps.map((app) =>
  // server.mjs: Next.js behind the server that takes client addresses from the connection, with
  // the node options of the app's start script (serverArgs).
  spawn(process.execPath, dev ? ["server.mjs", "--dev"] : serverArgs(path.join(REPO_ROOT, app.dir)), {
    cwd: path.join(REPO_ROOT, app.dir),
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: String(app.port),
      HOST,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: `http://localhost:${apps[1]?.port}`,
    },
  }),
);
for (const child of children) child.once("exit", (code) => shutdown(code ?? 1, "An app stopped"));
for (const app of apps) while (!(await isListening(app.port))) await new Promise((r) => setTimeout(r, 250));

console.log("\nDyad is running:");
for (const app of apps) console.log(`  ${app.name.padEnd(12)} http://localhost:${app.port}`);
console.log("Press Ctrl+C to stop.\n");

process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

let stopping = false;
async function shutdown(code: number, reason?: string) {
  if (stopping) return;
  stopping = true;
  if (reason) console.error(reason);
  await Promise.all((children ?? []).map(stopChild));
  await db.stop();
  process.exit(code);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
