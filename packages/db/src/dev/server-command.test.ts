import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverArgs } from "./server-command";

const APPS = path.join(import.meta.dirname, "..", "..", "..", "..", "apps");

const appWithStart = (start: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dyad-start-"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ scripts: { start } }));
  return dir;
};

describe("serverArgs", () => {
  it("starts both apps' servers without V8's memory reducer, as `pnpm start` does", () => {
    for (const app of ["web", "editor"]) {
      expect(serverArgs(path.join(APPS, app))).toEqual(["--no-memory-reducer", "server.mjs"]);
    }
  });

  it("starts an older build as its own start script says", () => {
    expect(serverArgs(appWithStart("node server.mjs"))).toEqual(["server.mjs"]);
  });

  it("refuses a start script it cannot pass on as node's arguments", () => {
    for (const start of ["next start", "node server.mjs --dev", "node dist/other.mjs", "node inspect server.mjs"]) {
      expect(() => serverArgs(appWithStart(start))).toThrow(/not `node \[--options\] server.mjs`/);
    }
  });
});
