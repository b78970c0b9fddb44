import { createFact, listApiFacts, publishFact, reviseFact, unpublishFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";

const tick = () => new Promise((r) => setTimeout(r, 5));

// A read of "now" dates each fact by fact.published_at, which a trigger on the publication log
// keeps; a read of a past instant dates it from the log itself. Both must say the same.
describe("a fact's publishedAt in a read of now", () => {
  it("is its latest publication, as the log says, through republishing and withdrawing", async () => {
    const relation = await createRelation();
    const { actor: editor } = await createUser("EDITOR");
    const { actor: reviewer } = await createUser("REVIEWER");
    const create = (statement: string) =>
      createFact({ relationId: relation.id, content: generalFact(statement), note: "n", actor: editor });
    const a = await create("Published, revised and published again.");
    const b = await create("Published, withdrawn and published again.");
    const c = await create("Published, then withdrawn.");
    for (const fact of [a, b, c]) await publishFact({ factId: fact.factId, actor: reviewer });
    await tick();
    const first = (await listApiFacts({ slug: relation.slug })).meta.asOf;
    await tick();
    await reviseFact({
      factId: a.factId,
      expectedRevisionId: a.revision.id,
      content: generalFact("Revised."),
      note: "n",
      actor: editor,
    });
    await publishFact({ factId: a.factId, actor: reviewer });
    await unpublishFact({ factId: b.factId, actor: reviewer });
    await publishFact({ factId: b.factId, actor: reviewer });
    await unpublishFact({ factId: c.factId, actor: reviewer });

    const now = await listApiFacts({ slug: relation.slug });
    await tick();
    // The same instant, read from the log once it is settled.
    const logged = await listApiFacts({ slug: relation.slug, asOf: now.meta.asOf });
    expect(logged.meta).toMatchObject({ asOf: now.meta.asOf, final: true });
    const dated = (page: typeof now) => page.data.map((f) => [f.factId, f.publishedAt]);
    expect(dated(now)).toEqual(dated(logged));
    expect(now.data.map((f) => f.factId).sort()).toEqual([a.factId, b.factId].sort());

    // Republished facts are dated by their latest publication, not their first.
    const before = await listApiFacts({ slug: relation.slug, asOf: first });
    const at = (page: typeof now, factId: string) => page.data.find((f) => f.factId === factId)?.publishedAt;
    for (const fact of [a, b]) {
      const [latest, earlier] = [at(now, fact.factId), at(before, fact.factId)];
      expect(latest && earlier && latest > earlier).toBe(true);
    }
  });
});
