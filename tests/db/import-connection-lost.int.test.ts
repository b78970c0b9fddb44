import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDb } from "@dyad/db";
import { REPO_ROOT } from "@dyad/db/dev";
import { afterAll, describe, expect, inject, it } from "vitest";
import { articleForFreshPair } from "../setup/editor-factories";

/**
 * A TCP relay to the test database that cuts every connection the moment a client sends a
 * statement containing `marker` (issue 20, item 10: the CLI import losing its database).
 */
async function cuttingRelay(marker: string) {
  const target = new URL(inject("databaseUrl"));
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.on("data", (chunk) => {
      if (cut || chunk.includes(marker)) {
        cut = true;
        for (const s of sockets) s.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const s of [client, upstream]) s.on("error", () => {}).on("close", closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(target);
  url.port = String((server.address() as net.AddressInfo).port);
  url.hostname = "127.0.0.1";
  return { url: url.toString(), wasCut: () => cut, close: () => new Promise((r) => server.close(r)) };
}

function runImport(file: string, databaseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "packages/db/src/cli/import.ts", file], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
}

let relay: Awaited<ReturnType<typeof cuttingRelay>> | undefined;
afterAll(async () => {
  await relay?.close();
});

describe("the CLI import when the database goes away", () => {
  it("says in one line that the connection was lost, without a stack, and writes nothing", async () => {
    const { relation, text } = await articleForFreshPair();
    const file = path.join(await mkdtemp(path.join(tmpdir(), "dyad-import-")), "article.txt");
    await writeFile(file, text);
    // The importer writes each table in one json_populate_recordset statement: cut at the first.
    relay = await cuttingRelay("json_populate_recordset");
    const result = await runImport(file, relay.url);
    expect(relay.wasCut()).toBe(true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Import failed: the connection to the database was lost \(.+\)\. Nothing was written/m,
    );
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);
  }, 120_000);
});
