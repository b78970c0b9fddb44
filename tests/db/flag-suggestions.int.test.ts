import {
  AppError,
  applySuggestion,
  dismissFlag,
  getDb,
  getFact,
  listFlagDecisions,
  listQualityWarnings,
  publishFact,
  reviseFact,
  suggestionsOf,
  toContentInput,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { importDefectsArticle } from "../setup/defects-article";
import { createUser } from "../setup/factories";

// Suggested corrections on importer flags (issue 14.2): applying one writes a new draft revision
// whose note names it, closes the flag and audits the decision; dismissing needs a reason.

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      return { code: error.code, message: error.message };
    },
  );

async function draftOf(factId: string) {
  const fact = await getFact({ factId });
  if (!fact.draft) throw new Error("no draft");
  return fact.draft;
}

describe("the seeded start", () => {
  it("offers a suggestion on each of the seed's five held defects", async () => {
    const flags = await getDb().factFlag.findMany({
      where: { fact: { relation: { slug: "azerbaijan-canada" } }, resolvedAt: null, rule: { not: "UNSTRUCTURED" } },
    });
    const labels = new Map(flags.map((f) => [f.rule, suggestionsOf(f.payload).map((s) => s.label)]));
    expect(Object.fromEntries(labels)).toEqual({
      COUNTRY_NOT_IN_PAIR: ["Armenia → Azerbaijan"],
      MISSPELLED_PLACE: ["Anakara → Ankara"],
      DUPLICATE_AGREEMENT: [expect.stringMatching(/^Merge into “Convention for the Avoidance of Double Taxation/)],
      MALFORMED_AMOUNT: ["$1.168295 billion (1,168,295,000 USD)", "$1,168.295 billion (1,168,295,000,000 USD)"],
      CONTRADICTORY_DIRECTION: [
        "Canadian imports from Azerbaijan (imports)",
        "Canadian exports to Azerbaijan (exports)",
      ],
    });
  });
});

describe("the dashboard's warnings", () => {
  it("name each flag's first suggested correction", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const flag = await pair.flag(pair.fact(/mission\/.*-tr-embassy$/), "MISSPELLED_PLACE");
    const { flags } = await listQualityWarnings({ actor, limit: 500 });
    expect(flags.find((f) => f.id === flag.id)?.suggestion).toBe("Anakara → Ankara");
  });
});

describe("applying a suggested correction", () => {
  it("fixes the misspelling in a new revision whose note names the suggestion, and closes the flag", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const factId = pair.fact(/mission\/.*-tr-embassy$/);
    const flag = await pair.flag(factId, "MISSPELLED_PLACE");
    const before = await draftOf(factId);

    await applySuggestion({ flagId: flag.id, index: 0, actor });

    const after = await draftOf(factId);
    expect(after.number).toBe(before.number + 1);
    expect(after.statement).toContain("embassy in Ankara, Turkey");
    expect(after.statement).not.toContain("Anakara");
    expect(after.note).toBe("Applied suggestion SPELLING: Anakara → Ankara");
    expect((await getDb().factFlag.findUniqueOrThrow({ where: { id: flag.id } })).resolvedAt).not.toBeNull();
    expect(await listFlagDecisions({ factId, actor })).toMatchObject([
      { rule: "MISSPELLED_PLACE", decision: "applied", detail: "SPELLING: Anakara → Ankara", actorName: actor.name },
    ]);
  });

  it("reads the third country as the pair's other country", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const factId = pair.fact(/mission\/.*-tr-embassy$/);
    await applySuggestion({ flagId: (await pair.flag(factId, "COUNTRY_NOT_IN_PAIR")).id, index: 0, actor });
    const { statement } = await draftOf(factId);
    expect(statement).toContain(`${pair.b.name} does not maintain an embassy in ${pair.a.name} but`);
  });

  it("sets a malformed amount to the reading chosen, text and value alike, and it can then be published", async () => {
    const { actor } = await createUser("REVIEWER");
    const pair = await importDefectsArticle(actor);
    const factId = pair.fact(/imports-.*-2008$/);
    const flag = await pair.flag(factId, "MALFORMED_AMOUNT");
    await expect(publishFact({ factId, actor })).rejects.toThrow(/unresolved flags/);

    await applySuggestion({ flagId: flag.id, index: 0, actor });

    const draft = await draftOf(factId);
    expect(draft.statement).toContain("reached $1.168295 billion");
    expect(draft.data).toMatchObject({ amount: { value: 1.168295, unit: "BILLION", asReported: "$1.168295 billion" } });
    await publishFact({ factId, actor });
    expect((await getFact({ factId })).published?.statement).toContain("$1.168295 billion");
  });

  it("corrects a contradictory direction to the reading chosen, with its flow", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const factId = pair.fact(/imports-.*-2010$/);
    await applySuggestion({ flagId: (await pair.flag(factId, "CONTRADICTORY_DIRECTION")).id, index: 1, actor });
    const draft = await draftOf(factId);
    expect(draft.statement).toContain(`${pair.b.demonym} exports to ${pair.a.name} were $542 million`);
    expect(draft.data).toMatchObject({ flow: "EXPORTS" });
  });

  it("merges a duplicated agreement into the one kept: both citations stay, the duplicate is deleted with its history", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const duplicateId = pair.fact(/agreement-mention-2004$/);
    const keptId = pair.fact(/\/agreement\//);
    const keptBefore = await draftOf(keptId);
    const duplicateSources = (await draftOf(duplicateId)).sources;

    const result = await applySuggestion({
      flagId: (await pair.flag(duplicateId, "DUPLICATE_AGREEMENT")).id,
      index: 0,
      actor,
    });

    expect(result.mergedIntoFactId).toBe(keptId);
    const kept = await draftOf(keptId);
    expect(kept.number).toBe(keptBefore.number + 1);
    expect(kept.note).toMatch(/^Applied suggestion MERGE_DUPLICATE: merged the duplicate mention “In September 2004/);
    const locators = kept.sources.map((s) => s.locator).join("; ");
    for (const s of [...keptBefore.sources, ...duplicateSources]) expect(locators).toContain(s.locator);
    const duplicate = await getFact({ factId: duplicateId });
    expect(duplicate.deletedAt).not.toBeNull();
    expect(duplicate.draft?.statement).toContain("Elimination of Double Taxation");
    const events = await getDb().auditEvent.findMany({ where: { factId: duplicateId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["fact.created", "fact.deleted", "flag.suggestion_applied"]);
  });

  it("refuses a suggestion that no longer fits the text, and changes nothing", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const factId = pair.fact(/mission\/.*-tr-embassy$/);
    const flag = await pair.flag(factId, "MISSPELLED_PLACE");
    const draft = await draftOf(factId);
    const content = toContentInput(draft);
    await reviseFact({
      factId,
      expectedRevisionId: draft.revisionId,
      content: { ...content, statement: content.statement.replace("Anakara", "Izmir") },
      note: "Rewrote by hand",
      actor,
    });
    const revisions = await getDb().factRevision.count({ where: { factId } });

    expect(await rejection(applySuggestion({ flagId: flag.id, index: 0, actor }))).toEqual({
      code: "CONFLICT",
      message: expect.stringContaining("no longer says “Anakara”"),
    });
    expect(await getDb().factRevision.count({ where: { factId } })).toBe(revisions);
    expect((await getDb().factFlag.findUniqueOrThrow({ where: { id: flag.id } })).resolvedAt).toBeNull();
  });

  it("refuses a suggestion the flag does not have, and a flag already decided", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const factId = pair.fact(/mission\/.*-tr-embassy$/);
    const flag = await pair.flag(factId, "MISSPELLED_PLACE");
    expect((await rejection(applySuggestion({ flagId: flag.id, index: 5, actor }))).code).toBe("INVALID");
    await applySuggestion({ flagId: flag.id, index: 0, actor });
    expect((await rejection(applySuggestion({ flagId: flag.id, index: 0, actor }))).code).toBe("CONFLICT");
    expect((await rejection(dismissFlag({ flagId: flag.id, reason: "late", actor }))).code).toBe("CONFLICT");
  });
});

describe("a flag raised before suggestions existed", () => {
  it("has none to apply, and can still be dismissed", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const factId = pair.fact(/imports-.*-2008$/);
    const flag = await pair.flag(factId, "MALFORMED_AMOUNT");
    await getDb().$executeRaw`UPDATE fact_flag SET payload = NULL WHERE id = ${flag.id}::uuid`;
    expect((await rejection(applySuggestion({ flagId: flag.id, index: 0, actor }))).code).toBe("INVALID");
    await dismissFlag({ flagId: flag.id, reason: "Corrected in the printed edition", actor });
    expect((await getDb().factFlag.findUniqueOrThrow({ where: { id: flag.id } })).resolvedAt).not.toBeNull();
  });
});

describe("dismissing a flag", () => {
  it("needs a reason, keeps the fact as it is, and shows the reason in the decisions", async () => {
    const { actor } = await createUser("EDITOR");
    const pair = await importDefectsArticle(actor);
    const factId = pair.fact(/imports-.*-2010$/);
    const flag = await pair.flag(factId, "CONTRADICTORY_DIRECTION");
    const before = await draftOf(factId);

    for (const reason of ["", "   ", undefined, 42]) {
      const refused = await rejection(dismissFlag({ flagId: flag.id, reason, actor }));
      expect(refused).toEqual({
        code: "INVALID",
        message: expect.stringContaining("Say why you dismiss this warning"),
      });
    }
    expect((await getDb().factFlag.findUniqueOrThrow({ where: { id: flag.id } })).resolvedAt).toBeNull();

    await dismissFlag({ flagId: flag.id, reason: "The source means imports into Azerbaijan's market", actor });

    expect((await draftOf(factId)).revisionId).toBe(before.revisionId);
    expect(await listFlagDecisions({ factId, actor })).toMatchObject([
      {
        rule: "CONTRADICTORY_DIRECTION",
        decision: "dismissed",
        detail: "The source means imports into Azerbaijan's market",
      },
    ]);
  });
});
