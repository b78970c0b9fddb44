import { readFile } from "node:fs/promises";
import path from "node:path";
import { getDb, getFact, importArticle, listFactRevisions, reviseFact, SYSTEM_ACTOR, toContentInput } from "@dyad/db";
import { REPO_ROOT } from "@dyad/db/dev";
import { describe, expect, it } from "vitest";
import { createUser } from "../setup/factories";

const fixture = (name: string) => readFile(path.join(REPO_ROOT, "packages/importer/src/fixtures", name), "utf8");

/** Each test imports its own pair: a fixture with its title rewritten to a fresh pair of countries. */
async function articleFor(pair: [string, string]) {
  const text = await fixture("france-germany.txt");
  return text
    .replaceAll("France", pair[0])
    .replaceAll("Germany", pair[1])
    .replaceAll("French", `${pair[0]}'s`)
    .replaceAll("German", `${pair[1]}'s`);
}

// None of them in PLAIN_COUNTRIES (setup/defects-article.ts): tests running beside this file pick
// free pairs of those, and a pair imported by both at once would not be this file's own.
const pairs: [string, string][] = [
  ["Estonia", "Bolivia"],
  ["Latvia", "Paraguay"],
  ["Japan", "Morocco"],
  ["Iceland", "Vietnam"],
  ["Zambia", "Thailand"],
  ["Poland", "Brazil"],
  ["Denmark", "Mexico"],
];

describe("importing an article", () => {
  it("a dry run reports what would change and writes nothing", async () => {
    const db = getDb();
    const before = [
      await db.relation.count(),
      await db.fact.count(),
      await db.factRevision.count(),
      await db.auditEvent.count(),
    ];
    const report = await importArticle({
      text: await articleFor(pairs[0] as [string, string]),
      actor: SYSTEM_ACTOR,
      dryRun: true,
    });
    expect(report.dryRun).toBe(true);
    expect(report.created.length).toBeGreaterThan(10);
    expect(report.relationSlug).toBe("bolivia-estonia");
    expect(await db.relation.count({ where: { slug: "bolivia-estonia" } })).toBe(0);
    const after = [
      await db.relation.count(),
      await db.fact.count(),
      await db.factRevision.count(),
      await db.auditEvent.count(),
    ];
    // Other test files write at the same time: nothing of this relation may exist.
    expect(after[0]).toBeGreaterThanOrEqual(before[0] as number);
    expect(await db.fact.count({ where: { relation: { slug: "bolivia-estonia" } } })).toBe(0);
  });

  it("creates draft facts once, recognises them on re-import, and revises changed text", async () => {
    const text = await articleFor(pairs[1] as [string, string]);
    const first = await importArticle({ text, actor: SYSTEM_ACTOR });
    expect(first.created.length).toBeGreaterThan(10);
    const again = await importArticle({ text, actor: SYSTEM_ACTOR });
    expect(again.created).toEqual([]);
    expect(again.revised).toEqual([]);
    expect(again.unchanged.sort()).toEqual([...first.created].sort());

    const edited = text.replace("was founded in 1991", "was founded in 1991 in Bonn");
    const third = await importArticle({ text: edited, actor: SYSTEM_ACTOR });
    expect(third.revised).toHaveLength(1);
    const fact = await getDb().fact.findFirstOrThrow({
      where: { importKey: third.revised[0], relation: { slug: first.relationSlug } },
    });
    const history = await listFactRevisions({ factId: fact.id });
    expect(history.map((r) => r.number)).toEqual([1, 2]);
    expect(history[1]?.statement).toContain("in Bonn");
    expect((await getFact({ factId: fact.id })).published).toBeNull();
  });

  it("publishes each new clean fact once when asked, in the log and the audit trail, and dates the relation", async () => {
    const text = await articleFor(pairs[6] as [string, string]);
    const origin = { url: "https://example.org/wiki/Denmark-Mexico_relations", retrievedOn: "2026-12-01" };
    const report = await importArticle({ text, actor: SYSTEM_ACTOR, publishNew: true, origin });
    const db = getDb();
    const all = await db.fact.findMany({ where: { relation: { slug: report.relationSlug } } });
    expect(all).toHaveLength(report.created.length);
    // The fixture's misspelt consulate, third-country consulate and contradictory direction stay drafts.
    expect(report.held.length).toBeGreaterThanOrEqual(3);
    const held = all.filter((f) => report.held.includes(f.importKey as string));
    for (const fact of held) {
      expect(fact).toMatchObject({ publishedRevisionId: null, reviewState: "DRAFT" });
    }
    const facts = all.filter((f) => !report.held.includes(f.importKey as string));
    for (const fact of facts) {
      expect(fact).toMatchObject({
        publishedRevisionId: fact.currentRevisionId,
        importedRevisionId: fact.currentRevisionId,
        reviewState: "PUBLISHED",
      });
    }
    const publications = await db.publication.findMany({ where: { relation: { slug: report.relationSlug } } });
    expect(publications.map((p) => p.revisionId).sort()).toEqual(facts.map((f) => f.currentRevisionId).sort());
    const events = await db.auditEvent.findMany({ where: { factId: { in: all.map((f) => f.id) } } });
    expect(events.filter((e) => e.type === "fact.created")).toHaveLength(all.length);
    expect(events.filter((e) => e.type === "fact.published")).toHaveLength(facts.length);
    const relation = await db.relation.findUniqueOrThrow({ where: { slug: report.relationSlug } });
    const last = Math.max(...publications.map((p) => p.at.getTime()));
    expect(relation.updatedAt.getTime()).toBe(last);

    const again = await importArticle({ text, actor: SYSTEM_ACTOR, publishNew: true, origin });
    expect(again.created).toEqual([]);
    expect(await db.publication.count({ where: { relation: { slug: report.relationSlug } } })).toBe(facts.length);
  });

  it("never overwrites a fact an editor changed by hand: it flags a conflict instead", async () => {
    const text = await articleFor(pairs[2] as [string, string]);
    const first = await importArticle({ text, actor: SYSTEM_ACTOR });
    const key = first.created.find((k) => k.includes("parliamentary-group")) as string;
    const fact = await getDb().fact.findFirstOrThrow({
      where: { importKey: key, relation: { slug: first.relationSlug } },
    });
    const { draft } = await getFact({ factId: fact.id });
    if (!draft) throw new Error("no draft");
    const { actor } = await createUser("EDITOR");
    const byHand = await reviseFact({
      factId: fact.id,
      expectedRevisionId: draft.revisionId,
      actor,
      note: "Checked the date",
      content: { ...toContentInput(draft), statement: "Edited by hand." },
    });

    const report = await importArticle({
      text: text.replace("was founded in 1991", "was set up in 1991"),
      actor: SYSTEM_ACTOR,
    });
    expect(report.conflicts).toEqual([key]);
    expect((await getFact({ factId: fact.id })).draft?.revisionId).toBe(byHand.revision.id);
    const flags = await getDb().factFlag.findMany({ where: { factId: fact.id, rule: "IMPORT_CONFLICT" } });
    expect(flags).toHaveLength(1);
    expect(flags[0]?.excerpt).toContain("was set up in 1991");
  });

  it("stores each anomaly as a flag on each fact read from its sentence, with the reason and the text span, once", async () => {
    const text = await articleFor(pairs[3] as [string, string]);
    const report = await importArticle({ text, actor: SYSTEM_ACTOR });
    const misspelled = report.anomalies.find((a) => a.rule === "MISSPELLED_PLACE");
    expect(misspelled?.excerpt).toBe("Frankfrut");
    await importArticle({ text, actor: SYSTEM_ACTOR });
    const flags = await getDb().factFlag.findMany({
      where: { rule: "MISSPELLED_PLACE", fact: { relation: { slug: report.relationSlug } } },
    });
    // Once on each fact whose sentence holds the misspelling (the consulate's and the two embassies'
    // facts repeat "Frankfrut"), none added by the second import.
    expect(flags).toHaveLength(3);
    expect(new Set(flags.map((f) => f.factId)).size).toBe(3);
    for (const flag of flags) {
      expect(flag.message).toMatch(/Frankfurt/);
      expect(flag.excerpt).toBe("Frankfrut");
    }
  });

  it("refuses bad input with a clear error and writes nothing", async () => {
    const db = getDb();
    const facts = await db.fact.count({ where: { relation: { slug: "ghana-thailand" } } });
    const bad = [
      "",
      "   \n  ",
      "No title here.\n\nJust text.",
      "\u0000\u0001\u0002binary",
      "= Ghana relations =\n\nText.",
      "= Ghana–Thailand–Japan relations =\n\nText.",
      `= Ghana–Thailand relations =\n\n${"x".repeat(10_000_001)}`,
    ];
    for (const text of bad) {
      await expect(importArticle({ text, actor: SYSTEM_ACTOR })).rejects.toMatchObject({
        code: "INVALID",
        message: expect.any(String),
      });
    }
    expect(await db.fact.count({ where: { relation: { slug: "ghana-thailand" } } })).toBe(facts);
    expect(await db.relation.count({ where: { slug: "ghana-thailand" } })).toBe(0);
  });

  it("refuses an actor whose role it does not know, and lets only reviewers publish on import", async () => {
    const text = await articleFor(pairs[5] as [string, string]);
    const stranger = { id: null, name: "Stranger", role: "VISITOR" as never };
    await expect(importArticle({ text, actor: stranger })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { actor: editor } = await createUser("EDITOR");
    await expect(importArticle({ text, actor: editor, publishNew: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().relation.count({ where: { slug: "brazil-poland" } })).toBe(0);
  });
});
