import { createFact, getApiFact, getDb, listApiFactsJson, publishFact, reviseFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";

// The facts list sends each revision's JSON as PostgreSQL wrote it when the revision was first
// published (revision_api_json). It must be the very text JSON.stringify writes for the fact
// that getApiFact builds in JavaScript: same fields, same order, same escapes and numbers.
describe("the facts list's stored JSON, byte for byte", () => {
  it("is what JSON.stringify writes for the same fact, for awkward text and numbers too", async () => {
    const relation = await createRelation();
    const { actor: editor } = await createUser("EDITOR");
    const { actor: reviewer } = await createUser("REVIEWER");
    const figure = (value: number, statement: string, validTime: { start: string; end?: string | null }) => ({
      kind: "TRADE_FIGURE" as const,
      section: "economy" as const,
      data: {
        reporter: "DE",
        partner: "FR",
        flow: "EXPORTS" as const,
        amount: { value, currency: "EUR", unit: "ONE" as const, asReported: `€ "${value}" \\ über` },
      },
      statement,
      validTime,
      sources: [
        {
          source: { url: `https://example.org/${unique()}`, title: 'A "quoted" title \\ 😀', kind: "NEWS" as const },
          locator: 'p. "3"',
        },
        { source: { title: `No address ${unique()}`, kind: "BOOK" as const } },
      ],
    });
    const a = await createFact({
      relationId: relation.id,
      content: figure(0.0000001, 'Exports "of" 1e-7 \\ with a\nnew line and ünïcödé.', { start: "2004", end: null }),
      note: 'first "note"',
      actor: editor,
    });
    const b = await createFact({
      relationId: relation.id,
      content: figure(1.5, "Exports of one and a half.", { start: "2010-03", end: "2011" }),
      note: "n",
      actor: editor,
    });
    const c = await createFact({ relationId: relation.id, content: generalFact("Undated."), note: "n", actor: editor });
    for (const fact of [a, b, c]) await publishFact({ factId: fact.factId, actor: reviewer });
    const before = (await listApiFactsJson({ slug: relation.slug })).meta.asOf;
    await reviseFact({
      factId: b.factId,
      expectedRevisionId: b.revision.id,
      content: figure(2.5e21, "Exports of a very large figure.", { start: "2010-03-27" }),
      note: "n",
      actor: editor,
    });
    await publishFact({ factId: b.factId, actor: reviewer });

    for (const asOf of [undefined, before]) {
      const { dataJson } = await listApiFactsJson({ slug: relation.slug, asOf });
      const facts = JSON.parse(dataJson) as { factId: string }[];
      expect(facts).toHaveLength(3);
      const expected = await Promise.all(
        facts.map(async (f) => (await getApiFact({ factId: f.factId, asOf })).data.current),
      );
      expect(dataJson).toBe(JSON.stringify(expected));
    }
    // The list sorts by, and writes, the number and valid_from stored beside each text: they are
    // the revision's own, for every revision published (b's two included).
    const revisions = await getDb().factRevision.findMany({
      where: { factId: { in: [a, b, c].map((f) => f.factId) } },
    });
    const stored = await getDb().revisionApiJson.findMany({
      where: { revisionId: { in: revisions.map((r) => r.id) } },
    });
    expect(stored.map((j) => [j.revisionId, j.number, j.validFrom?.toISOString() ?? null]).sort()).toEqual(
      revisions.map((r) => [r.id, r.number, r.validFrom?.toISOString() ?? null]).sort(),
    );
    expect(new Set(revisions.map((r) => r.validFrom?.toISOString() ?? null)).size).toBe(4);
  });
});
