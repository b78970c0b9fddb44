import { createFact, getPublicRelation, publishFact, reviseFact, unpublishFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";

const tick = () => new Promise((r) => setTimeout(r, 5));
async function instant() {
  await tick();
  const at = new Date();
  await tick();
  return at;
}

describe("what the public saw for a relation at an instant (question 3)", () => {
  it("answers exactly for every past instant, before and after later edits", async () => {
    const relation = await createRelation();
    const { actor: editor } = await createUser("EDITOR");
    const { actor: reviewer } = await createUser("REVIEWER");
    const slug = relation.slug;
    const statements = async (asOf?: Date) =>
      (await getPublicRelation({ slug, asOf })).facts.map((f) => f.statement).sort();

    const t0 = await instant();
    const a = await createFact({ relationId: relation.id, content: generalFact("A1."), note: "A", actor: editor });
    const b = await createFact({ relationId: relation.id, content: generalFact("B1."), note: "B", actor: editor });
    await publishFact({ factId: a.factId, actor: reviewer });
    await publishFact({ factId: b.factId, actor: reviewer });
    const t1 = await instant();
    const answerAtT1 = await getPublicRelation({ slug, asOf: t1 });

    const a2 = await reviseFact({
      factId: a.factId,
      expectedRevisionId: a.revision.id,
      content: generalFact("A2."),
      note: "edit",
      actor: editor,
    });
    const t2 = await instant(); // A2 is only a draft: the public still sees A1.
    await publishFact({ factId: a.factId, actor: reviewer });
    const t3 = await instant();
    await unpublishFact({ factId: b.factId, actor: reviewer });
    const t4 = await instant();
    await reviseFact({
      factId: a.factId,
      expectedRevisionId: a2.revision.id,
      content: generalFact("A3."),
      note: "edit",
      actor: editor,
    });
    await publishFact({ factId: a.factId, actor: reviewer });

    expect(await statements(t0)).toEqual([]);
    expect(await statements(t1)).toEqual(["A1.", "B1."]);
    expect(await statements(t2)).toEqual(["A1.", "B1."]);
    expect(await statements(t3)).toEqual(["A2.", "B1."]);
    expect(await statements(t4)).toEqual(["A2."]);
    expect(await statements()).toEqual(["A3."]);
    // Later edits did not change the answer for t1 in any detail.
    expect(await getPublicRelation({ slug, asOf: t1 })).toEqual({ ...answerAtT1, relation: expect.any(Object) });
  });

  it("returns the same facts as the live view when asked about now", async () => {
    const relation = await createRelation();
    const { actor: reviewer } = await createUser("REVIEWER");
    const { factId } = await createFact({
      relationId: relation.id,
      content: generalFact("Now."),
      note: "n",
      actor: reviewer,
    });
    await publishFact({ factId, actor: reviewer });
    const now = await instant();
    const live = await getPublicRelation({ slug: relation.slug });
    const asOf = await getPublicRelation({ slug: relation.slug, asOf: now });
    expect(asOf.facts).toEqual(live.facts);
  });

  it("refuses an instant that is not a date", async () => {
    await expect(getPublicRelation({ slug: "azerbaijan-canada", asOf: "not a date" })).rejects.toMatchObject({
      code: "INVALID",
    });
  });
});
