import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import {
  acceptImportProposals,
  approveFact,
  getDb,
  getFact,
  getPublicRelation,
  importArticle,
  listReviewQueue,
  publishFact,
  resolveFlag,
  SYSTEM_ACTOR,
} from "@dyad/db";
import { REPO_ROOT } from "@dyad/db/dev";
import { describe, expect, inject, it } from "vitest";
import { articleForFreshPair } from "../setup/editor-factories";
import { createUser } from "../setup/factories";

// The publication gate (packages/db/src/flags/publication-gate.ts): an imported fact carrying an
// unresolved flag that says it is wrong is never published, whoever imports it; it waits in the
// review queue until an editor decides.

/** A fresh pair's article with one clean claim and one malformed amount. */
async function flaggedArticle() {
  const { relation, text } = await articleForFreshPair();
  const countries = await getDb().country.findMany({
    where: { code: { in: [relation.countryAId, relation.countryBId] } },
    orderBy: { slug: "asc" },
  });
  const [a, b] = countries.map((c) => c.name);
  return { relation, text: `${text}\n==Economy==\nIn 2015, ${a}'s exports to ${b} reached $1.2.3 million.\n` };
}

const CLEAN = "history/diplomatic-relations/established";

async function factsByKey(relationId: string) {
  const facts = await getDb().fact.findMany({
    where: { relationId },
    include: { flags: { where: { resolvedAt: null } } },
  });
  return new Map(facts.map((f) => [f.importKey as string, f]));
}

async function expectHeldInQueue(factId: string) {
  const fact = await getFact({ factId });
  expect(fact.published).toBeNull();
  const { actor } = await createUser("EDITOR");
  const queue = await listReviewQueue({ actor, limit: 200 });
  expect(queue.map((f) => f.id)).toContain(factId);
}

describe("the publication gate", () => {
  it("on the seeded start, publishes the clean facts and none of the article's five defects", async () => {
    const { facts } = await getPublicRelation({ slug: "azerbaijan-canada" });
    const text = facts.map((f) => f.statement).join("\n");
    for (const defect of [
      "embassy in Armenia",
      "Anakara",
      "Elimination of Double Taxation",
      "1.168.295",
      "Canadian imports to Azerbaijan",
    ]) {
      expect(text).not.toContain(defect);
    }
    expect(text).toContain("Diplomatic relations between the two countries were established on August 10, 1992.");

    // The held ones are drafts in the review queue, each with its open flag.
    const relation = await getDb().relation.findUniqueOrThrow({ where: { slug: "azerbaijan-canada" } });
    const byKey = await factsByKey(relation.id);
    const held = [...byKey.values()].filter((f) => f.flags.some((flag) => flag.rule !== "UNSTRUCTURED"));
    expect(held.map((f) => f.importKey).sort()).toEqual([
      "contracts/general/agreement-mention-2004",
      "economic-relations/trade-figure/imports-ca-az-2008",
      "economic-relations/trade-figure/imports-ca-az-2009",
      "economic-relations/trade-figure/imports-ca-az-2010",
      "resident-diplomatic-missions/mission/ca-az-visa-centre-baku",
      "resident-diplomatic-missions/mission/ca-tr-embassy",
    ]);
    const { actor } = await createUser("EDITOR");
    const queue = new Set((await listReviewQueue({ actor, limit: 200 })).map((f) => f.id));
    for (const fact of held) {
      expect(fact.publishedRevisionId, fact.importKey as string).toBeNull();
      expect(queue.has(fact.id), fact.importKey as string).toBe(true);
    }
    const publications = await getDb().publication.findMany({ where: { factId: { in: held.map((f) => f.id) } } });
    expect(publications).toEqual([]);
  });

  it("a publishing import holds the flagged fact back and publishes the clean one", async () => {
    const { relation, text } = await flaggedArticle();
    const origin = { url: `https://example.org/wiki/${relation.slug}` };
    const report = await importArticle({ text, actor: SYSTEM_ACTOR, publishNew: true, origin });
    expect(report.held).toHaveLength(1);
    const byKey = await factsByKey(relation.id);
    expect(byKey.get(CLEAN)?.reviewState).toBe("PUBLISHED");
    const flagged = byKey.get(report.held[0] as string);
    expect(flagged?.flags.map((f) => f.rule)).toEqual(["MALFORMED_AMOUNT"]);
    expect(flagged?.reviewState).toBe("DRAFT");
    await expectHeldInQueue(flagged?.id as string);
    const { facts } = await getPublicRelation({ slug: relation.slug });
    expect(facts.map((f) => f.statement).join("\n")).not.toContain("$1.2.3 million");
  });

  it("the command-line import leaves the flagged fact in the review queue, unpublishable until decisions", async () => {
    const { relation, text } = await flaggedArticle();
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "dyad-gate-")), "article.txt");
    await writeFile(file, text);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join(REPO_ROOT, "packages/db/src/cli/import.ts"), file],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: inject("databaseUrl") } },
    );
    expect(stdout).toMatch(/held: 1/);
    const facts = [...(await factsByKey(relation.id)).values()];
    const flagged = facts.find((f) => f.flags.some((flag) => flag.rule === "MALFORMED_AMOUNT"));
    if (!flagged) throw new Error("the import flagged nothing");
    await expectHeldInQueue(flagged.id);

    const { actor: reviewer } = await createUser("REVIEWER");
    await expect(publishFact({ factId: flagged.id, actor: reviewer })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("MALFORMED_AMOUNT"),
    });
    expect(await getDb().publication.count({ where: { factId: flagged.id } })).toBe(0);

    // The decision: the flag is dismissed (audited). The article came with no origin, so the fact
    // cites nothing a reader can follow: publishing it takes an explicit override with a reason.
    await resolveFlag({ flagId: flagged.flags[0]?.id as string, actor: reviewer });
    await expect(publishFact({ factId: flagged.id, actor: reviewer })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("no source a reader can follow"),
    });
    const reason = "Checked against the customs yearbook on paper";
    await publishFact({ factId: flagged.id, actor: reviewer, overrideUnsourced: { reason } });
    expect((await getFact({ factId: flagged.id })).published).not.toBeNull();
    const events = await getDb().auditEvent.findMany({ where: { factId: flagged.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.type)).toEqual([
      "fact.created",
      "flag.resolved",
      "fact.published",
      "fact.published_unsourced",
    ]);
    expect(events.at(-1)?.payload).toMatchObject({ reason });
  });

  it("an import accepted in the editor keeps the flagged fact a draft in the queue; approving it is refused", async () => {
    const { relation, text } = await flaggedArticle();
    const { actor: editor } = await createUser("EDITOR");
    const analysis = await importArticle({ text, actor: editor, dryRun: true });
    const key = analysis.held[0] as string;
    await acceptImportProposals({ text, proposals: [{ importKey: key }, { importKey: CLEAN }], actor: editor });
    const byKey = await factsByKey(relation.id);
    const flagged = byKey.get(key);
    if (!flagged) throw new Error("the flagged proposal was not accepted");
    expect(flagged.flags.map((f) => f.rule)).toEqual(["MALFORMED_AMOUNT"]);
    await expectHeldInQueue(flagged.id);
    // The clean draft is not in the queue: nothing holds it, nobody submitted it.
    const queue = await listReviewQueue({ actor: editor, limit: 200 });
    expect(queue.map((f) => f.id)).not.toContain(byKey.get(CLEAN)?.id);

    const { actor: reviewer } = await createUser("REVIEWER");
    await expect(
      approveFact({ factId: flagged.id, expectedRevisionId: flagged.currentRevisionId as string, actor: reviewer }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("$1.2.3 million") });
    expect((await getFact({ factId: flagged.id })).published).toBeNull();
  });
});
