import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the Postgres
 * wire protocol by pglite-server, so the apps use the same `pg` driver as with a real server.
 * pglite-server runs one session: transactions from different connections queue up.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (line: string) => void }) {
  const require = createRequire(import.meta.url);
  const bin = path.join(path.dirname(require.resolve("@electric-sql/pglite-socket")), "scripts", "server.js");
  if (await isListening(options.port)) {
    throw new Error(`Port ${options.port} is already in use: stop what runs there or set DYAD_DB_PORT`);
  }
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [bin, "-d", options.dataDir, "-p", String(options.port), "-m", "32", "-e", "pg_trgm"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    options.log?.(chunk.toString());
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const started = Date.now();
  while (!(await isListening(options.port))) {
    if (child.exitCode !== null) throw new Error(`The embedded database exited at start:\n${output}`);
    if (Date.now() - started > 60_000) {
      child.kill("SIGKILL");
      throw new Error(`The embedded database did not listen on ${options.port} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${options.port}/postgres`,
    process: child,
    stop: () => stopChild(child),
  };
}

/** SIGTERM lets PGlite flush its files; SIGKILL only if it does not exit within 10 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export function isListening(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
