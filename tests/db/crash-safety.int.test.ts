import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createFact, getDb, getFact, importArticle, SYSTEM_ACTOR } from "@dyad/db";
import { REPO_ROOT } from "@dyad/db/dev";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createRelation, generalFact } from "../setup/factories";
import { useOwnDatabase } from "../setup/scratch-database";

// LOCK TABLE ... EXCLUSIVE for as long as the child takes to block: every other file's writes to
// that table would wait behind it, so this file works on a database of its own.
const databaseUrl = useOwnDatabase();

const CHILD = path.join(REPO_ROOT, "tests", "setup", "crash-child.ts");

function startChild(args: string[]): ChildProcess {
  // A plain environment: the test worker's own (vitest's) must not leak into the child.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl() };
  // One process (node with tsx as a loader), so SIGKILL lands on the process that holds the
  // connection and not on a wrapper whose child would live on.
  return spawn(process.execPath, ["--import", "tsx", CHILD, ...args], { cwd: REPO_ROOT, env, stdio: "ignore" });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code)),
  );
}

/**
 * Hold a lock that makes the child block inside its transaction, wait until it is blocked (on a
 * real server, seen in pg_stat_activity; the embedded server, which runs one session, queues the
 * child instead), then SIGKILL it, and release the lock.
 */
async function killWhileBlocked(table: string, args: string[]) {
  const holder = new pg.Client({ connectionString: databaseUrl() });
  await holder.connect();
  try {
    await holder.query("BEGIN");
    await holder.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
    const child = startChild(args);
    const realServer = !(await holder.query("SELECT version()")).rows[0].version.includes("PGlite");
    const deadline = Date.now() + 30_000;
    let blocked = false;
    while (!blocked && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      if (realServer) {
        // Inside a transaction pg_stat_activity is a snapshot taken at first use: refresh it.
        await holder.query("SELECT pg_stat_clear_snapshot()");
        const { rows } = await holder.query(
          "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND state = 'active' AND query ILIKE $1",
          [`%${table}%`],
        );
        blocked = rows.length > 0;
      } else {
        blocked = Date.now() > deadline - 27_000;
      }
    }
    expect(blocked).toBe(true);
    child.kill("SIGKILL");
    await exited(child);
  } finally {
    await holder.query("ROLLBACK");
    await holder.end();
  }
}

async function articleFile(title: string) {
  const text = (await readFile(path.join(REPO_ROOT, "packages/importer/src/fixtures/france-germany.txt"), "utf8"))
    .replaceAll("France", title.split("–")[0] as string)
    .replaceAll("Germany", title.split("–")[1] as string);
  const dir = await mkdtemp(path.join(os.tmpdir(), "dyad-crash-"));
  const file = path.join(dir, "article.txt");
  await writeFile(file, text);
  return file;
}

describe("crash safety (SIGKILL mid-change)", () => {
  it("an import killed after writing its facts leaves nothing, and a retry imports exactly once", async () => {
    const file = await articleFile("Austria–Senegal");
    const db = getDb();
    const facts = () => db.fact.count({ where: { relation: { slug: "austria-senegal" } } });
    // fact_flag is written after every fact: the child dies with all facts written but uncommitted.
    await killWhileBlocked("fact_flag", ["import", file]);
    expect(await db.relation.count({ where: { slug: "austria-senegal" } })).toBe(0);
    expect(await facts()).toBe(0);

    const child = startChild(["import", file]);
    expect(await exited(child)).toBe(0);
    const imported = await facts();
    expect(imported).toBeGreaterThan(10);
    const again = await importArticle({ text: await readFile(file, "utf8"), actor: SYSTEM_ACTOR });
    expect(again.created).toEqual([]);
    expect(await facts()).toBe(imported);
  });

  it("a publish killed before its log entry commits leaves the fact unpublished, and a retry publishes once", async () => {
    const relation = await createRelation();
    const { factId } = await createFact({
      relationId: relation.id,
      content: generalFact("Crash me."),
      note: "n",
      actor: SYSTEM_ACTOR,
    });
    // The pointer moves before the publication row is written: kill between the two.
    await killWhileBlocked("publication", ["publish", factId]);
    expect((await getFact({ factId })).published).toBeNull();
    expect(await getDb().publication.count({ where: { factId } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { factId, type: "fact.published" } })).toBe(0);

    expect(await exited(startChild(["publish", factId]))).toBe(0);
    expect((await getFact({ factId })).published?.statement).toBe("Crash me.");
    expect(await getDb().publication.count({ where: { factId } })).toBe(1);
  });
});
