import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, serverArgs } from "@dyad/db/dev";
import { isListening, stopChild } from "@dyad/db/embedded";

export const WEB_DIR = path.join(REPO_ROOT, "apps", "web");
export const EDITOR_DIR = path.join(REPO_ROOT, "apps", "editor");

/**
 * The public site's production build (its start script's `node … server.mjs`, one process) on a loopback port, against
 * the benchmark database. The API's rate limit is lifted: the benchmark is one client asking
 * as fast as it can, which a deployment would throttle.
 */
export function startWeb(databaseUrl: string, port: number, env: Record<string, string> = {}, nodeArgs: string[] = []) {
  return startApp(WEB_DIR, databaseUrl, port, env, nodeArgs);
}

/** A production build of an app (`dir`: apps/web or apps/editor, of this checkout or another). */
export async function startApp(
  dir: string,
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
) {
  if (!existsSync(path.join(dir, ".next", "BUILD_ID")))
    throw new Error(`${dir} has no production build: run pnpm build`);
  // The start script's node options, then the caller's, which may override them.
  const args = serverArgs(dir);
  const server = spawn(process.execPath, [...args.slice(0, -1), ...nodeArgs, ...args.slice(-1)], {
    cwd: dir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      DYAD_API_RATE_LIMIT: "1000000000",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: "ignore",
  });
  const started = Date.now();
  while (!(await isListening(port))) {
    if (server.exitCode !== null) throw new Error(`${dir} exited with ${server.exitCode}`);
    // Three minutes: a production server's start took over a minute on a machine loaded by builds.
    if (Date.now() - started > 180_000) throw new Error(`${dir} did not listen within 180 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `http://127.0.0.1:${port}`, pid: server.pid as number, stop: () => stopChild(server) };
}
