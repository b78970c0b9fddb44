import {
  AppError,
  createFact,
  deleteFact,
  getDb,
  getFact,
  getPublicRelation,
  listFactRevisions,
  publishFact,
  reviseFact,
  unpublishFact,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("a fact's versions (questions 1 and 2)", () => {
  it("shows the latest draft to editors and the published revision to the public", async () => {
    const relation = await createRelation();
    const { actor: editor } = await createUser("EDITOR");
    const { actor: reviewer } = await createUser("REVIEWER");
    const { factId, revision: first } = await createFact({
      relationId: relation.id,
      content: generalFact("Embassies opened."),
      note: "First draft",
      actor: editor,
    });
    expect((await getFact({ factId })).published).toBeNull();

    await publishFact({ factId, actor: reviewer });
    const { revision: second } = await reviseFact({
      factId,
      expectedRevisionId: first.id,
      content: generalFact("Embassies opened in both capitals."),
      note: "More precise",
      actor: editor,
    });

    const fact = await getFact({ factId });
    expect(fact.draft?.revisionId).toBe(second.id);
    expect(fact.draft?.statement).toBe("Embassies opened in both capitals.");
    expect(fact.published?.revisionId).toBe(first.id);
    expect(fact.published?.statement).toBe("Embassies opened.");
    const publicFacts = (await getPublicRelation({ slug: relation.slug })).facts;
    expect(publicFacts.map((f) => f.statement)).toEqual(["Embassies opened."]);
  });

  it("keeps every version with its author, time, note and parent, and never changes one", async () => {
    const relation = await createRelation();
    const { actor: alice } = await createUser("EDITOR");
    const { actor: bob } = await createUser("EDITOR");
    const { factId, revision: r1 } = await createFact({
      relationId: relation.id,
      content: generalFact("Version one."),
      note: "Created",
      actor: alice,
    });
    const { revision: r2 } = await reviseFact({
      factId,
      expectedRevisionId: r1.id,
      content: generalFact("Version two."),
      note: "Bob's fix",
      actor: bob,
    });
    await reviseFact({
      factId,
      expectedRevisionId: r2.id,
      content: generalFact("Version three."),
      note: "Alice again",
      actor: alice,
    });

    const history = await listFactRevisions({ factId });
    expect(history.map((r) => [r.number, r.statement, r.authorName, r.note])).toEqual([
      [1, "Version one.", alice.name, "Created"],
      [2, "Version two.", bob.name, "Bob's fix"],
      [3, "Version three.", alice.name, "Alice again"],
    ]);
    expect(history.map((r) => r.parentId)).toEqual([null, history[0]?.revisionId, history[1]?.revisionId]);
    expect(Date.parse(history[0]?.createdAt ?? "")).toBeLessThanOrEqual(Date.parse(history[2]?.createdAt ?? ""));

    // The database itself refuses to rewrite or remove history.
    const db = getDb();
    await expect(
      db.$executeRaw`UPDATE fact_revision SET statement = 'forged' WHERE id = ${r1.id}::uuid`,
    ).rejects.toThrow(/immutable/);
    await expect(db.$executeRaw`DELETE FROM fact_revision WHERE id = ${r1.id}::uuid`).rejects.toThrow(/immutable/);
    expect((await listFactRevisions({ factId }))[0]?.statement).toBe("Version one.");
  });

  it("saves nothing new when the content did not change", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const content = generalFact("Same words.");
    const { factId, revision } = await createFact({ relationId: relation.id, content, note: "Created", actor });
    const again = await reviseFact({ factId, expectedRevisionId: revision.id, content, note: "No change", actor });
    expect(again.changed).toBe(false);
    expect(await listFactRevisions({ factId })).toHaveLength(1);
  });

  it("keeps a deleted fact's whole history while the public no longer sees it", async () => {
    const relation = await createRelation();
    const { actor: editor } = await createUser("EDITOR");
    const { actor: reviewer } = await createUser("REVIEWER");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("Soon deleted."),
      note: "Created",
      actor: editor,
    });
    await reviseFact({
      factId,
      expectedRevisionId: revision.id,
      content: generalFact("Soon deleted, really."),
      note: "Edit",
      actor: editor,
    });
    await publishFact({ factId, actor: reviewer });
    await tick();
    const beforeDelete = new Date();
    await tick();
    await deleteFact({ factId, actor: reviewer });

    expect((await listFactRevisions({ factId })).map((r) => r.statement)).toEqual([
      "Soon deleted.",
      "Soon deleted, really.",
    ]);
    expect((await getFact({ factId })).deletedAt).not.toBeNull();
    expect((await getPublicRelation({ slug: relation.slug })).facts).toHaveLength(0);
    // What the public saw before the deletion is still answerable.
    const past = await getPublicRelation({ slug: relation.slug, asOf: beforeDelete });
    expect(past.facts.map((f) => f.statement)).toEqual(["Soon deleted, really."]);
    await expect(
      reviseFact({ factId, expectedRevisionId: revision.id, content: generalFact("x"), note: "n", actor: editor }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("concurrent edits", () => {
  it("refuses a save based on an old revision and names the current one", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const { factId, revision: r1 } = await createFact({
      relationId: relation.id,
      content: generalFact("Base."),
      note: "Created",
      actor,
    });
    const { revision: r2 } = await reviseFact({
      factId,
      expectedRevisionId: r1.id,
      content: generalFact("Mine."),
      note: "First save",
      actor,
    });
    const stale = reviseFact({
      factId,
      expectedRevisionId: r1.id,
      content: generalFact("Theirs."),
      note: "Stale save",
      actor,
    });
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { currentRevisionId: r2.id } });
    expect((await listFactRevisions({ factId })).map((r) => r.statement)).toEqual(["Base.", "Mine."]);
  });

  it("lets exactly one of several simultaneous saves from the same revision win", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("Start."),
      note: "Created",
      actor,
    });
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((n) =>
        reviseFact({
          factId,
          expectedRevisionId: revision.id,
          content: generalFact(`Edit ${n}.`),
          note: `Edit ${n}`,
          actor,
        }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(refused.every((e) => e instanceof AppError && e.code === "CONFLICT")).toBe(true);
    expect(await listFactRevisions({ factId })).toHaveLength(2);
  });
});

describe("permissions and bad input", () => {
  it("lets only reviewers publish and unpublish", async () => {
    const relation = await createRelation();
    const { actor: editor } = await createUser("EDITOR");
    const { actor: reviewer } = await createUser("REVIEWER");
    const { factId } = await createFact({
      relationId: relation.id,
      content: generalFact("Needs review."),
      note: "Created",
      actor: editor,
    });
    await expect(publishFact({ factId, actor: editor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getFact({ factId })).published).toBeNull();
    await publishFact({ factId, actor: reviewer });
    await expect(unpublishFact({ factId, actor: editor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getFact({ factId })).published).not.toBeNull();
  });

  it("refuses invalid content with a clear message and writes nothing", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    // Other test files write at the same time: count this relation's facts only.
    const count = () => getDb().fact.count({ where: { relationId: relation.id } });
    const before = await count();
    const attempts = [
      generalFact("", {}),
      generalFact("Bad date.", { validTime: { start: "2015-02-30" } }),
      generalFact("Reversed.", { validTime: { start: "2015", end: "2007" } }),
      { ...generalFact("Wrong kind data."), kind: "TRADE_FIGURE" },
      generalFact("Bad source.", { sources: [{ source: { url: "javascript:alert(1)", title: "x" } }] }),
    ];
    for (const content of attempts) {
      await expect(
        createFact({ relationId: relation.id, content: content as never, note: "x", actor }),
      ).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(
      createFact({ relationId: relation.id, content: generalFact("No note."), note: " ", actor }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/why/),
    });
    expect(await count()).toBe(before);
  });

  it("refuses the same pair of countries twice, in either order", async () => {
    const relation = await createRelation();
    const db = getDb();
    await expect(
      db.relation.create({
        data: { slug: `reversed-${relation.slug}`, countryAId: relation.countryBId, countryBId: relation.countryAId },
      }),
    ).rejects.toThrow();
  });
});
