import { createFact, listApiRelationChanges, publishFact, reviseFact, unpublishFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";

/** An instant strictly between what happened before and what happens after the call. */
async function instantBetween(): Promise<string> {
  await new Promise((r) => setTimeout(r, 15));
  const at = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 15));
  return at;
}

describe("what changed in a relation between two publication instants", () => {
  it("lists facts added, changed with their diff, and withdrawn; drafts and untouched facts are not changes", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const publish = async (statement: string) => {
      const created = await createFact({ relationId: relation.id, content: generalFact(statement), note: "n", actor });
      await publishFact({ factId: created.factId, actor });
      return created;
    };
    const edited = await publish("The embassy opened in a rented villa.");
    const withdrawn = await publish("A consulate opened in Toronto.");
    await publish("Nothing happens to this fact.");
    const since = await instantBetween();
    await reviseFact({
      factId: edited.factId,
      expectedRevisionId: edited.revision.id,
      content: generalFact("The embassy opened in a purpose-built chancery."),
      note: "n",
      actor,
    });
    await publishFact({ factId: edited.factId, actor });
    await unpublishFact({ factId: withdrawn.factId, actor });
    const added = await publish("A trade office opened.");
    const until = await instantBetween();
    const draft = await createFact({
      relationId: relation.id,
      content: generalFact("Only a draft."),
      note: "n",
      actor,
    });

    const { data, meta } = await listApiRelationChanges({ slug: relation.slug, since, asOf: until });
    expect(data.added.map((f) => f.factId)).toEqual([added.factId]);
    expect(data.withdrawn.map((f) => f.statement)).toEqual(["A consulate opened in Toronto."]);
    expect(data.changed.map((c) => [c.before.revision, c.after.revision])).toEqual([[1, 2]]);
    const words = data.changed[0]?.changes.find((c) => c.path[0] === "statement")?.words ?? [];
    expect(words.filter((w) => w.removed).map((w) => w.value.trim())).toEqual(["rented villa"]);
    expect(words.filter((w) => w.added).map((w) => w.value.trim())).toEqual(["purpose-built chancery"]);
    expect(meta).toMatchObject({ current: false });
    expect(JSON.stringify(data)).not.toContain(draft.factId);

    // Up to now, the same; nothing changed after `until`.
    const now = await listApiRelationChanges({ slug: relation.slug, since: until });
    expect(now.data.added).toEqual([]);
    expect(now.meta.current).toBe(true);
  });

  it("refuses a since in the future or after asOf, and an unknown relation, as errors a client can read", async () => {
    const relation = await createRelation();
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    await expect(listApiRelationChanges({ slug: relation.slug, since: nextYear })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/^since: .* in the future/),
    });
    await expect(
      listApiRelationChanges({ slug: relation.slug, since: "2026-02-01", asOf: "2026-01-01" }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/^since: .* comes after asOf/) });
    await expect(listApiRelationChanges({ slug: "atlantis-utopia", since: "2020-01-01" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
