import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, serverArgs } from "@dyad/db/dev";
import { stopChild } from "@dyad/db/embedded";
import { freePort } from "./test-database";

/** Start a production build of an app (its start script's `node … server.mjs`) on a free port, against the test database. */
export async function startApp(dir: "apps/web" | "apps/editor", env: Record<string, string>) {
  const cwd = path.join(REPO_ROOT, dir);
  if (!existsSync(path.join(cwd, ".next", "BUILD_ID"))) {
    throw new Error(`${dir} has no production build: run \`pnpm build\` (\`pnpm test\` builds it first)`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  // The tests play a trusted reverse proxy (one hop): a simulated client's address is the
  // X-Forwarded-For it sends, so each has its own rate-limit budget. A test of the address itself
  // passes DYAD_TRUSTED_PROXY_HOPS explicitly.
  const child: ChildProcess = spawn(process.execPath, serverArgs(cwd), {
    cwd,
    env: {
      ...process.env,
      DYAD_TRUSTED_PROXY_HOPS: "1",
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${dir} exited at start:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).status < 500) break;
    } catch {}
    if (Date.now() - started > 60_000) throw new Error(`${dir} did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop: () => stopChild(child), output: () => output };
}
