import { execFile } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "@dyad/db/dev";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../setup/scratch-database";

const article = (a: string, b: string, extra = "") =>
  [
    `= ${a}–${b} relations =`,
    "",
    `${a}–${b} relations are the bilateral relations between ${a} and ${b}.`,
    "",
    "==History==",
    "Diplomatic relations between the two countries were established on March 3, 1995.",
    extra,
    "",
  ].join("\n");

function runImport(args: string[], databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(REPO_ROOT, "packages/db/src/cli/import.ts"), ...args],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// A database that was migrated but never seeded: the CLI migrates it itself; the countries come
// with the migrations, so the import needs no seed.
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let folder: string;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  folder = await mkdtemp(path.join(tmpdir(), "dyad-bulk-"));
  await mkdir(path.join(folder, "south"));
  await writeFile(path.join(folder, "chile-peru.txt"), article("Chile", "Peru"));
  await writeFile(path.join(folder, "south", "kenya-norway.txt"), article("Kenya", "Norway"));
  await writeFile(path.join(folder, "atlantis.txt"), article("Atlantis", "Chile"));
  await writeFile(path.join(folder, "notes.pdf"), "not an article");
}, 60_000);
afterAll(async () => {
  await scratch?.drop();
});

async function relationsWithFacts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string; facts: number }>(
      "SELECT r.slug, count(f.id)::int AS facts FROM relation r LEFT JOIN fact f ON f.relation_id = r.id GROUP BY r.slug ORDER BY r.slug",
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe("bulk import from a folder on an unseeded database", () => {
  it("dry run: reports every article and writes nothing", async () => {
    const result = await runImport([folder, "--dry-run"], scratch.url);
    expect(result.stdout).toMatch(/chile-peru\.txt → chile-peru: created: \d+/);
    expect(result.stdout).toMatch(/Dry run: nothing was written/);
    expect(await relationsWithFacts(scratch.url)).toEqual([]);
  }, 120_000);

  it("imports each article in its own transaction, keeps the good ones, names the failure, exits non-zero", async () => {
    const result = await runImport([folder], scratch.url);
    expect(result.code).toBe(1);
    // Progress per article, then the summary table and the flags by rule.
    expect(result.stdout).toMatch(/\[#+-*\] 1\/3 /);
    expect(result.stdout).toMatch(/\[#+\] 3\/3 /);
    expect(result.stdout).toMatch(/^article\s+created\s+revised\s+unchanged\s+held\s+conflicts\s+flags\s+status$/m);
    expect(result.stdout).toMatch(/^total\s+(\d+\s+){6}1 failed$/m);
    expect(result.stderr).toMatch(/^Import refused: /m);
    expect(result.stdout).not.toMatch(/notes\.pdf/);
    const rows = await relationsWithFacts(scratch.url);
    expect(rows.map((r) => r.slug)).toEqual(["chile-peru", "kenya-norway"]);
    expect(rows.every((r) => r.facts > 0)).toBe(true);

    // Idempotent: a second run changes nothing and says so.
    const again = await runImport([folder], scratch.url);
    expect(again.stdout).toMatch(/chile-peru\.txt → chile-peru: created: 0, revised: 0, unchanged: [1-9]/);
    expect(await relationsWithFacts(scratch.url)).toEqual(rows);
  }, 180_000);
});
