import { analyzeArticle } from "@dyad/importer";
import { readArticle, SEED_PATH } from "@dyad/importer/test-support";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../actor";
import type { ImportedFact } from "./load-imported-facts";
import { type ImportPlan, planImport } from "./plan-import";

// planImport decides every row of an import without a database; the integration tests
// (tests/db/import.int.test.ts) check the same behaviour end to end.

const seed = readArticle(SEED_PATH);
const relationId = "0b6f7c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b";
const sourceId = "7b0e1c8e-4a52-4f5e-9d0a-2f1a3b4c5d6e";
const plan = (text: string, existing = new Map<string, ImportedFact>(), publishNew = false) =>
  planImport({ analysis: analyzeArticle(text), relationId, sourceId, existing, actor: SYSTEM_ACTOR, publishNew });

/** What the database holds after a plan is written, as the next import reads it. */
function written(p: ImportPlan): Map<string, ImportedFact> {
  return new Map(
    p.facts.map((f) => {
      const revision = p.revisions.find((r) => r.factId === f.id);
      if (!revision) throw new Error(`no revision for ${f.importKey}`);
      const fact: ImportedFact = {
        id: f.id as string,
        importKey: f.importKey as string,
        kind: f.kind,
        deletedAt: null,
        currentRevisionId: revision.id,
        currentNumber: revision.number,
        importedRevisionId: revision.id,
        importedHash: revision.contentHash,
      };
      return [fact.importKey, fact];
    }),
  );
}

describe("planImport", () => {
  const first = plan(seed, undefined, true);
  const before = written(first);
  const key = first.report.created.find((k) => k.includes("diplomatic-relations")) as string;
  const changed = seed.replace("August 10, 1992", "August 11, 1992");

  it("creates each proposed fact with one revision cited to the article, the clean ones published when asked", () => {
    const facts = analyzeArticle(seed).facts;
    expect(first.report.created).toEqual(facts.map((f) => f.importKey));
    expect(first.revisions.map((r) => [r.number, r.parentId, r.note])).toEqual(
      facts.map(() => [1, null, 'Imported from "Azerbaijan–Canada relations"']),
    );
    expect(new Set(first.citations.map((c) => c.sourceId))).toEqual(new Set([sourceId]));
    const held = new Set(first.report.held);
    expect(first.pointers.every((p, i) => p.publish === !held.has(first.facts[i]?.importKey as string))).toBe(true);
    expect(first.audit.map((a) => a.type).slice(0, 4)).toEqual([
      "fact.created",
      "fact.published",
      "fact.created",
      "fact.published",
    ]);
    expect(first.audit.at(-1)).toMatchObject({ type: "article.imported", payload: { created: facts.length } });
  });

  it("holds back every new fact whose sentence carries a flag that says it is wrong, flagged on each", () => {
    expect(first.report.held.sort()).toEqual(
      [
        "contracts/general/agreement-mention-2004",
        "economic-relations/trade-figure/imports-ca-az-2008",
        "economic-relations/trade-figure/imports-ca-az-2009",
        "economic-relations/trade-figure/imports-ca-az-2010",
        // The visa centre is read from the sentence that names Armenia and "Anakara".
        "resident-diplomatic-missions/mission/ca-az-visa-centre-baku",
        "resident-diplomatic-missions/mission/ca-tr-embassy",
      ].sort(),
    );
    const factOf = (id: string) => first.facts.find((f) => f.id === id)?.importKey;
    const visaFlags = first.flags.filter((f) => factOf(f.factId)?.endsWith("ca-az-visa-centre-baku"));
    expect(visaFlags.map((f) => [f.rule, f.excerpt])).toEqual([
      ["COUNTRY_NOT_IN_PAIR", "Armenia"],
      ["MISSPELLED_PLACE", "Anakara"],
    ]);
    const held = new Set(first.report.held);
    const published = first.audit.filter((a) => a.type === "fact.published").map((a) => factOf(a.factId as string));
    expect(published.filter((k) => held.has(k as string))).toEqual([]);
  });

  it("leaves an unchanged article alone, flagging nothing new but its anomalies", () => {
    const again = plan(seed, before);
    expect(again.report.unchanged).toEqual(first.report.created);
    expect([again.facts, again.revisions, again.pointers]).toEqual([[], [], []]);
    expect(again.flags.map((f) => f.rule)).toEqual(first.flags.map((f) => f.rule));
  });

  it("revises a changed fact nobody edited: a second revision on top of the first, as a draft", () => {
    const next = plan(changed, before);
    const fact = before.get(key) as ImportedFact;
    expect(next.report.revised).toEqual([key]);
    expect(next.revisions).toEqual([
      expect.objectContaining({ factId: fact.id, number: 2, parentId: fact.currentRevisionId }),
    ]);
    expect(next.pointers).toEqual([{ factId: fact.id, revisionId: next.revisions[0]?.id, publish: false }]);
  });

  it("never overwrites a fact edited by hand: it flags a conflict with the proposal instead", () => {
    const fact = before.get(key) as ImportedFact;
    const edited = new Map(before).set(key, { ...fact, currentRevisionId: "edited", currentNumber: 2 });
    const next = plan(changed, edited);
    expect(next.report.conflicts).toEqual([key]);
    expect(next.revisions).toEqual([]);
    expect(next.flags[0]).toMatchObject({ factId: fact.id, revisionId: "edited", rule: "IMPORT_CONFLICT" });
    expect(next.flags[0]?.excerpt).toContain("August 11, 1992");
  });

  it("skips a deleted fact and refuses to change a fact's kind", () => {
    const fact = before.get(key) as ImportedFact;
    const deleted = new Map(before).set(key, { ...fact, deletedAt: new Date() });
    expect(plan(changed, deleted).report.skippedDeleted).toEqual([key]);
    const otherKind = new Map(before).set(key, { ...fact, kind: "VISIT", importedHash: "other" });
    expect(() => plan(seed, otherKind)).toThrow(expect.objectContaining({ code: "INVALID" }));
  });
});
