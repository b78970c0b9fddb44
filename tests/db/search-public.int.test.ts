import { createFact, deleteFact, publishFact, reviseFact, searchPublic, unpublishFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { publishedFact, uniqueWord } from "../setup/public-helpers";

const factIds = async (q: string) => (await searchPublic({ q })).facts.map((f) => f.factId);

describe("public search (PostgreSQL full-text search and trigrams)", () => {
  it("ranks the fact that matches more of the words first and marks the matched words", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const word = uniqueWord("plimsorian");
    const both = await publishedFact(relation.id, generalFact(`The ${word} treaty on fisheries was signed.`), actor);
    const one = await publishedFact(relation.id, generalFact(`A ${word} delegation visited.`), actor);
    const results = await searchPublic({ q: `${word} fisheries treaty` });
    // Only one fact has every word; the other may follow as a near match, never before it.
    expect(results.facts.filter((f) => f.exact).map((f) => f.factId)).toEqual([both.factId]);
    expect(results.facts[0]?.factId).toBe(both.factId);
    expect(results.facts[0]?.snippet.filter((p) => p.mark).map((p) => p.text.toLowerCase())).toEqual(
      expect.arrayContaining([word, "treaty", "fisheries"]),
    );
    const ranked = await factIds(`${word} treaty`);
    expect(ranked[0]).toBe(both.factId);
    expect(await factIds(word)).toEqual(expect.arrayContaining([both.factId, one.factId]));
  });

  it("matches English word forms (full-text search stems words)", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const word = uniqueWord("vantrolic");
    const { factId } = await publishedFact(
      relation.id,
      generalFact(`Ministers negotiated the ${word} agreements.`),
      actor,
    );
    expect(await factIds(`negotiating ${word} agreement`)).toEqual([factId]);
    expect((await searchPublic({ q: `negotiating ${word} agreement` })).onlyNearMatches).toBe(false);
  });

  it("tolerates a one-letter typo, ranking near matches after exact ones", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const word = uniqueWord("brastelkin");
    const { factId } = await publishedFact(relation.id, generalFact(`The ${word} pipeline opened.`), actor);
    const misspelt = `${word.slice(0, 4)}${word[4] === "x" ? "y" : "x"}${word.slice(5)}`;
    const results = await searchPublic({ q: misspelt });
    expect(results.facts.map((f) => f.factId)).toEqual([factId]);
    expect(results.onlyNearMatches).toBe(true);
    expect(results.facts[0]?.exact).toBe(false);
  });

  it("searches only what is published now: never drafts, withdrawn or deleted facts, nor a newer draft's words", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const draftWord = uniqueWord("drafthidden");
    const editWord = uniqueWord("editpending");
    const goneWord = uniqueWord("withdrawnone");
    const deletedWord = uniqueWord("deletedone");
    await createFact({ relationId: relation.id, content: generalFact(`A ${draftWord} draft.`), note: "n", actor });
    const live = await publishedFact(relation.id, generalFact("The published wording."), actor);
    await reviseFact({
      factId: live.factId,
      expectedRevisionId: live.revision.id,
      content: generalFact(`The ${editWord} wording.`),
      note: "n",
      actor,
    });
    const gone = await publishedFact(relation.id, generalFact(`A ${goneWord} fact.`), actor);
    await unpublishFact({ factId: gone.factId, actor });
    const deleted = await publishedFact(relation.id, generalFact(`A ${deletedWord} fact.`), actor);
    await deleteFact({ factId: deleted.factId, actor });
    for (const word of [draftWord, editWord, goneWord, deletedWord]) {
      expect(await factIds(word), word).toEqual([]);
    }
    // The edit becomes searchable when it is published.
    await publishFact({ factId: live.factId, actor });
    expect(await factIds(editWord)).toEqual([live.factId]);
  });

  it("finds relations and countries by name despite typos, but not relations with only drafts", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    await createFact({ relationId: relation.id, content: generalFact("Draft only."), note: "n", actor });
    const results = await searchPublic({ q: "Azerbajan Canda relations" });
    expect(results.relations.map((r) => r.slug)).toContain("azerbaijan-canada");
    expect(results.countries.map((c) => c.code)).toEqual(expect.arrayContaining(["AZ", "CA"]));
    const names = await searchPublic({ q: relation.slug });
    expect(names.relations.map((r) => r.slug)).not.toContain(relation.slug);
  });

  it("answers any input a user can type, and refuses only absurd lengths", async () => {
    for (const q of ["", "   ", '"', "-", "!!!", "a & b | c", "x:*", "'; DROP TABLE fact; --", "\u0000", "é", "the"]) {
      await expect(searchPublic({ q }), JSON.stringify(q)).resolves.toMatchObject({ facts: expect.any(Array) });
    }
    await expect(searchPublic({ q: "a".repeat(201) })).rejects.toMatchObject({ code: "INVALID" });
  });
});
