import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import {
  createFact,
  deleteFact,
  getPublicRelation,
  importArticle,
  publishFact,
  redactFact,
  reviseFact,
  SYSTEM_ACTOR,
} from "@dyad/db";
import { exportBackup, restoreBackup } from "@dyad/db/backup";
import { migrate, REPO_ROOT } from "@dyad/db/dev";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { createScratchDatabase } from "../setup/scratch-database";

const tick = () => new Promise((r) => setTimeout(r, 5));

/** Everything recorded about some relations, as rows, from one database. */
async function snapshot(url: string, relationIds: string[], userIds: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows;
  try {
    return {
      relations: await q("SELECT * FROM relation WHERE id = ANY($1) ORDER BY id", [relationIds]),
      facts: await q("SELECT * FROM fact WHERE relation_id = ANY($1) ORDER BY id", [relationIds]),
      revisions: await q(
        "SELECT r.* FROM fact_revision r JOIN fact f ON f.id = r.fact_id WHERE f.relation_id = ANY($1) ORDER BY r.id",
        [relationIds],
      ),
      citations: await q(
        "SELECT rs.*, s.url, s.title FROM revision_source rs JOIN source s ON s.id = rs.source_id JOIN fact_revision r ON r.id = rs.revision_id JOIN fact f ON f.id = r.fact_id WHERE f.relation_id = ANY($1) ORDER BY rs.revision_id, rs.position",
        [relationIds],
      ),
      publications: await q("SELECT * FROM publication WHERE relation_id = ANY($1) ORDER BY id", [relationIds]),
      redactions: await q(
        "SELECT x.* FROM redaction x JOIN fact f ON f.id = x.fact_id WHERE f.relation_id = ANY($1) ORDER BY x.revision_id",
        [relationIds],
      ),
      audit: await q("SELECT * FROM audit_event WHERE relation_id = ANY($1) ORDER BY id", [relationIds]),
      // Not in the backup: the restore derives it. The API serves these bytes as they are.
      apiJson: await q(
        "SELECT j.revision_id, j.json, j.number, j.valid_from FROM revision_api_json j JOIN fact_revision r ON r.id = j.revision_id JOIN fact f ON f.id = r.fact_id WHERE f.relation_id = ANY($1) ORDER BY j.revision_id",
        [relationIds],
      ),
      flags: await q(
        "SELECT g.* FROM fact_flag g JOIN fact f ON f.id = g.fact_id WHERE f.relation_id = ANY($1) ORDER BY g.id",
        [relationIds],
      ),
      users: await q(
        "SELECT id, email, name, role, disabled_at, password_hash IS NULL AS no_secret FROM app_user WHERE id = ANY($1) ORDER BY id",
        [userIds],
      ),
    };
  } finally {
    await client.end();
  }
}

describe("backup round trip", () => {
  it("export → restore into an empty database gives the same histories, publication log and audit trail, without secrets", async () => {
    const { actor: editor, user: editorUser } = await createUser("EDITOR");
    const { actor: reviewer, user: reviewerUser } = await createUser("REVIEWER");
    const relation = await createRelation();
    const a = await createFact({ relationId: relation.id, content: generalFact("A1."), note: "a", actor: editor });
    await publishFact({ factId: a.factId, actor: reviewer });
    await tick();
    const between = new Date();
    await tick();
    await reviseFact({
      factId: a.factId,
      expectedRevisionId: a.revision.id,
      content: generalFact("A2."),
      note: "edit",
      actor: editor,
    });
    await publishFact({ factId: a.factId, actor: reviewer });
    const b = await createFact({ relationId: relation.id, content: generalFact("B1."), note: "b", actor: editor });
    await publishFact({ factId: b.factId, actor: reviewer });
    await deleteFact({ factId: b.factId, actor: reviewer });
    // A takedown must survive a restore, or the withdrawn text would come back.
    await redactFact({ factId: b.factId, reason: "Court order", actor: (await createUser("ADMIN")).actor });
    const text = (await readFile(path.join(REPO_ROOT, "packages/importer/src/fixtures/france-germany.txt"), "utf8"))
      .replaceAll("France", "Uruguay")
      .replaceAll("Germany", "Mongolia");
    const imported = await importArticle({
      text,
      actor: SYSTEM_ACTOR,
      publishNew: true,
      origin: { url: "https://example.org/wiki/Mongolia-Uruguay_relations" },
    });
    const importedRelation = await getPublicRelation({ slug: imported.relationSlug });
    const relationIds = [relation.id, importedRelation.relation.id];
    const userIds = [editorUser.id, reviewerUser.id];

    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "dyad-backup-")), "backup.ndjson");
    const out = createWriteStream(file);
    const exported = await exportBackup(inject("databaseUrl"), out);
    out.end();
    await finished(out);
    expect(await readFile(file, "utf8")).not.toMatch(/\$argon2/);

    const scratch = await createScratchDatabase();
    try {
      await migrate(scratch.url);
      const restored = await restoreBackup(scratch.url, createReadStream(file));
      expect(restored).toEqual(Object.fromEntries(Object.entries(exported).filter(([, n]) => n > 0)));

      const before = await snapshot(inject("databaseUrl"), relationIds, userIds);
      const after = await snapshot(scratch.url, relationIds, userIds);
      expect(after.revisions.length).toBeGreaterThan(10);
      expect(after.apiJson.length).toBeGreaterThan(3);
      expect(after.redactions).toHaveLength(1);
      expect(after.users.every((u) => u.no_secret)).toBe(true);
      expect({ ...after, users: after.users.map(({ no_secret, ...u }) => u) }).toEqual({
        ...before,
        users: before.users.map(({ no_secret, ...u }) => u),
      });

      // A restored database answers "as of" questions exactly as the original.
      const pastHere = await getPublicRelation({ slug: relation.slug, asOf: between });
      expect(pastHere.facts.map((f) => f.statement)).toEqual(["A1."]);
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      const { rows } = await client.query(
        `SELECT r.statement FROM (SELECT DISTINCT ON (fact_id) revision_id FROM publication WHERE relation_id = $1 AND at <= $2 ORDER BY fact_id, at DESC, id DESC) p JOIN fact_revision r ON r.id = p.revision_id`,
        [relation.id, between],
      );
      await client.end();
      expect(rows.map((r) => r.statement)).toEqual(["A1."]);
    } finally {
      await scratch.drop();
    }
    // The whole test database out and into a scratch one: 45 to 50 s on the embedded database,
    // which runs one statement at a time, so the default 60 s failed it once beside a build.
  }, 180_000);

  it("refuses to restore into a database that already has data", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "dyad-backup-")), "backup.ndjson");
    const out = createWriteStream(file);
    await exportBackup(inject("databaseUrl"), out);
    out.end();
    await finished(out);
    await expect(restoreBackup(inject("databaseUrl"), createReadStream(file))).rejects.toThrow(/empty database/);
  });
});
