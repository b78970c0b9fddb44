import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT, serverArgs } from "@dyad/db/dev";
import { stopChild } from "@dyad/db/embedded";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startApp } from "../setup/apps";
import { freePort } from "../setup/test-database";

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

/**
 * The editor's production build started like tests/setup/apps.ts does, but done waiting as soon
 * as it answers at all or exits (without its secret it stops, which startApp would wait on for a
 * minute).
 */
async function startEditor(env: Record<string, string>) {
  const cwd = path.join(REPO_ROOT, "apps/editor");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, serverArgs(cwd), {
    cwd,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  stops.push(() => stopChild(child));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/api/health-probe`);
      break;
    } catch {}
    if (Date.now() - started > 60_000) throw new Error(`the editor did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, output: () => output, child };
}

/** Only what the apps need, so nothing set for the test run (or on this machine) leaks in. */
const baseEnv = () => ({
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  DATABASE_URL: inject("databaseUrl"),
  DATABASE_POOL_SIZE: "2",
});

/** Until the process ends: the editor stops by itself when its environment is refused. */
async function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("secrets in production", () => {
  it("the editor refuses to start without NEXTAUTH_SECRET, naming it, and derives no key from another secret", async () => {
    // The revalidation secret is set: the editor used to derive a session key from it.
    const editor = await startEditor({ ...baseEnv(), DYAD_REVALIDATE_SECRET: "a-revalidation-secret-of-some-length" });
    expect(await exitOf(editor.child)).toBe(1);
    expect(editor.output()).toContain("The editor cannot start: NEXTAUTH_SECRET is not set");
    // Nothing answers, so nothing that could carry a session is handed out.
    await expect(fetch(`${editor.url}/api/auth/csrf`)).rejects.toThrow();
  });

  it("the editor treats an empty NEXTAUTH_SECRET as missing and refuses a short one", async () => {
    const empty = await startEditor({ ...baseEnv(), NEXTAUTH_SECRET: "" });
    expect(await exitOf(empty.child)).toBe(1);
    expect(empty.output()).toContain("NEXTAUTH_SECRET is not set");

    const short = await startEditor({ ...baseEnv(), NEXTAUTH_SECRET: "too-short" });
    expect(await exitOf(short.child)).toBe(1);
    expect(short.output()).toContain("NEXTAUTH_SECRET must be at least 32 characters");
  });

  it("the editor starts with a good secret, and says when publishes cannot refresh the public site", async () => {
    const editor = await startEditor({ ...baseEnv(), NEXTAUTH_SECRET: "a".repeat(40) });
    await expect.poll(() => editor.output()).toContain("DYAD_WEB_URL or DYAD_REVALIDATE_SECRET is not set");
    expect((await fetch(`${editor.url}/sign-in`)).status).toBe(200);
    expect(editor.child.exitCode).toBeNull();
  });

  it("the public site serves pages without DYAD_REVALIDATE_SECRET but refuses revalidation, saying why", async () => {
    const web = await startApp("apps/web", { ...baseEnv(), DYAD_REVALIDATE_SECRET: "" });
    stops.push(web.stop);
    expect((await fetch(`${web.url}/`)).status).toBe(200);
    for (const authorization of [undefined, "Bearer ", "Bearer undefined", "Bearer null"]) {
      const response = await fetch(`${web.url}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ tags: ["relations"] }),
      });
      expect(response.status, String(authorization)).toBe(503);
      expect((await response.json()).detail).toContain("DYAD_REVALIDATE_SECRET is not set");
    }
    await expect.poll(() => web.output()).toContain("DYAD_REVALIDATE_SECRET is not set");
  });
});
