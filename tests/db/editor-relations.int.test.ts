import {
  createFact,
  createRelation,
  getDb,
  getPublicRelation,
  getRelationForEditor,
  searchRelations,
  updateRelationSummary,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createUser, createRelation as freshRelation, generalFact } from "../setup/factories";

/** Two countries with no relation yet. */
async function freePair(): Promise<[string, string]> {
  const relation = await freshRelation();
  const pair: [string, string] = [relation.countryBId, relation.countryAId];
  await getDb().relation.delete({ where: { id: relation.id } });
  return pair;
}

describe("relations", () => {
  it("creates a relation with its canonical slug whatever the order of the countries", async () => {
    const { actor } = await createUser("EDITOR");
    const [b, a] = await freePair();
    const created = await createRelation({ countryCodes: [b, a], actor });
    const countries = await getDb().country.findMany({ where: { code: { in: [a, b] } }, orderBy: { slug: "asc" } });
    expect(created.slug).toBe(countries.map((c) => c.slug).join("-"));
    await expect(createRelation({ countryCodes: [a, b], actor })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { slug: created.slug },
    });
  });

  it("refuses one country twice and unknown countries", async () => {
    const { actor } = await createUser("EDITOR");
    await expect(createRelation({ countryCodes: ["FR", "FR"], actor })).rejects.toMatchObject({ code: "INVALID" });
    await expect(createRelation({ countryCodes: ["FR", "QQ"], actor })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createRelation({ countryCodes: ["FR", "france"] as never, actor })).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("finds relations by country name, demonym or slug, with counts by review state", async () => {
    const relation = await freshRelation();
    const { actor } = await createUser("EDITOR");
    await createFact({ relationId: relation.id, content: generalFact("A draft."), note: "n", actor });
    const country = await getDb().country.findUniqueOrThrow({ where: { code: relation.countryAId } });
    for (const query of [country.name.toUpperCase(), country.demonyms[0] ?? country.name, relation.slug]) {
      const found = await searchRelations({ query, actor });
      expect(found.find((r) => r.id === relation.id)?.counts).toMatchObject({ DRAFT: 1, PUBLISHED: 0 });
    }
    expect(await searchRelations({ query: "%_no such country_%", actor })).toEqual([]);
  });

  it("shows editors every live fact of a relation with its state", async () => {
    const relation = await freshRelation();
    const { actor } = await createUser("EDITOR");
    const { factId } = await createFact({ relationId: relation.id, content: generalFact("Listed."), note: "n", actor });
    const view = await getRelationForEditor({ slug: relation.slug, actor });
    expect(view.facts).toEqual([
      expect.objectContaining({ id: factId, statement: "Listed.", reviewState: "DRAFT", isPublic: false }),
    ]);
    await expect(getRelationForEditor({ slug: "atlantis-utopia", actor })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets reviewers change the summary, refusing a save over someone else's change", async () => {
    const relation = await freshRelation();
    const { actor: editor } = await createUser("EDITOR");
    const { actor: reviewer } = await createUser("REVIEWER");
    await expect(
      updateRelationSummary({ relationId: relation.id, expectedSummary: "", summary: "Mine.", actor: editor }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateRelationSummary({
      relationId: relation.id,
      expectedSummary: "",
      summary: "Friendly.",
      actor: reviewer,
    });
    expect((await getPublicRelation({ slug: relation.slug })).relation.summary).toBe("Friendly.");
    await expect(
      updateRelationSummary({ relationId: relation.id, expectedSummary: "", summary: "Stale.", actor: reviewer }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { currentSummary: "Friendly." } });
    const events = await getDb().auditEvent.findMany({
      where: { relationId: relation.id, type: "relation.summary_changed" },
    });
    expect(events.map((e) => e.payload)).toEqual([{ before: "", after: "Friendly." }]);
  });
});
