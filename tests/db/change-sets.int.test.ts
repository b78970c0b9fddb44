import {
  type AppError,
  acceptImportProposals,
  createFact,
  getChangeSet,
  getDb,
  getPublicRelation,
  importArticle,
  mergeStaleChange,
  openChangeSet,
  publishChangeSet,
  publishDueChangeSets,
  publishFact,
  revertChangeSet,
  reviewChangeSet,
  reviseFact,
  SYSTEM_ACTOR,
  stageFactEdit,
  stageSummaryEdit,
  stageWithdrawal,
  submitChangeSet,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { articleForFreshPair } from "../setup/editor-factories";
import { createRelation, createUser, generalFact } from "../setup/factories";

const statements = async (slug: string, asOf?: Date) =>
  (await getPublicRelation({ slug, asOf })).facts.map((f) => f.statement).sort();

async function publicFacts(...texts: string[]) {
  const relation = await createRelation();
  const admin = await createUser("ADMIN");
  const ids: string[] = [];
  for (const text of texts) {
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact(text),
      note: "First draft",
      actor: admin.actor,
    });
    await publishFact({ factId, revisionId: revision.id, actor: admin.actor });
    ids.push(factId);
  }
  return { relation, ids };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => ({ code: error.code, message: error.message }),
  );

describe("change-sets", () => {
  it("edits several facts and a summary, reviewed by someone else, published at one instant, reverted as one", async () => {
    const { relation, ids } = await publicFacts("Embassy opened in 1992.", "Trade was small.", "A treaty was signed.");
    const [first, second, third] = ids as [string, string, string];
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const set = await openChangeSet({ title: "After the state visit", description: "Ten facts", actor: editor.actor });
    await stageFactEdit({
      changeSetId: set.id,
      factId: first,
      content: generalFact("Embassy opened in 1993."),
      note: "Year fixed",
      actor: editor.actor,
    });
    await stageFactEdit({
      changeSetId: set.id,
      factId: second,
      content: generalFact("Trade grew after the visit."),
      note: "Visit",
      actor: editor.actor,
    });
    await stageWithdrawal({ changeSetId: set.id, factId: third, note: "Never signed", actor: editor.actor });
    await stageFactEdit({
      changeSetId: set.id,
      relationId: relation.id,
      content: generalFact("A state visit took place in 2026."),
      note: "New",
      actor: editor.actor,
    });
    await stageSummaryEdit({
      changeSetId: set.id,
      relationId: relation.id,
      summary: "Close partners.",
      actor: editor.actor,
    });

    // Nothing is public yet: the public still sees the three facts as they were.
    const before = new Date();
    expect(await statements(relation.slug)).toEqual([
      "A treaty was signed.",
      "Embassy opened in 1992.",
      "Trade was small.",
    ]);

    const review = await getChangeSet({ changeSetId: set.id, actor: reviewer.actor });
    const facts = review.items.flatMap((i) => (i.kind === "fact" ? [i] : []));
    expect(facts.map((i) => i.status).sort()).toEqual(["changed", "changed", "new", "withdrawn"]);
    const year = facts.find((i) => i.factId === first);
    const words = year?.changes.find((c) => c.path[0] === "statement")?.words ?? [];
    expect(words.filter((w) => w.removed).map((w) => w.value)).toEqual(["1992"]);
    expect(words.filter((w) => w.added).map((w) => w.value)).toEqual(["1993"]);
    expect(year?.note).toBe("Year fixed");

    await submitChangeSet({ changeSetId: set.id, actor: editor.actor });
    // Four eyes: the editor's own account cannot approve, even as an admin without a reason.
    const selfAdmin = { ...editor.actor, role: "ADMIN" as const };
    expect(
      await failure(reviewChangeSet({ changeSetId: set.id, decision: "APPROVED", actor: selfAdmin })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    const newItem = facts.find((i) => i.status === "new");
    await reviewChangeSet({
      changeSetId: set.id,
      decision: "CHANGES_REQUESTED",
      itemIds: [newItem?.id as string],
      comment: "Give the month",
      actor: reviewer.actor,
    });
    await stageFactEdit({
      changeSetId: set.id,
      factId: newItem?.factId,
      content: generalFact("A state visit took place in May 2026."),
      note: "Month",
      actor: editor.actor,
    });
    await submitChangeSet({ changeSetId: set.id, actor: editor.actor });
    await reviewChangeSet({ changeSetId: set.id, decision: "APPROVED", comment: "Good", actor: reviewer.actor });
    const { publishedAt } = await publishChangeSet({ changeSetId: set.id, actor: reviewer.actor });

    const rows = await getDb().publication.findMany({ where: { relationId: relation.id }, orderBy: { id: "asc" } });
    const mine = rows.slice(3);
    expect(mine).toHaveLength(4);
    expect(new Set(mine.map((r) => r.at.toISOString())).size).toBe(1);
    // Each names the change-set: the feeds show its publish as one entry.
    expect(mine.map((r) => r.changeSetId)).toEqual(Array(4).fill(set.id));
    expect(await statements(relation.slug)).toEqual([
      "A state visit took place in May 2026.",
      "Embassy opened in 1993.",
      "Trade grew after the visit.",
    ]);
    expect(await statements(relation.slug, before)).toEqual([
      "A treaty was signed.",
      "Embassy opened in 1992.",
      "Trade was small.",
    ]);
    expect((await getDb().relation.findUniqueOrThrow({ where: { id: relation.id } })).summary).toBe("Close partners.");
    const audit = await getDb().auditEvent.findMany({
      where: { type: "change_set.published", payload: { path: ["changeSetId"], equals: set.id } },
    });
    expect(audit).toHaveLength(1);
    expect(publishedAt).toBeInstanceOf(Date);
    const history = await getDb().changeSetReview.findMany({ where: { changeSetId: set.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.comment)).toEqual(["Give the month", "Good"]);

    await revertChangeSet({ changeSetId: set.id, actor: reviewer.actor });
    expect(await statements(relation.slug)).toEqual([
      "A treaty was signed.",
      "Embassy opened in 1992.",
      "Trade was small.",
    ]);
    expect((await getDb().relation.findUniqueOrThrow({ where: { id: relation.id } })).summary).toBe("");
    // History kept: the reverted fact has the old content as a new revision on top.
    const revisions = await getDb().factRevision.findMany({ where: { factId: first }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => r.statement)).toEqual([
      "Embassy opened in 1992.",
      "Embassy opened in 1993.",
      "Embassy opened in 1992.",
    ]);
  });

  it("a fact in one open change-set is not silently edited in another; the competing change is merged at review", async () => {
    const { relation, ids } = await publicFacts("Exports were 10 million.");
    const factId = ids[0] as string;
    const alice = await createUser("EDITOR");
    const bob = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const a = await openChangeSet({ title: "Trade update", actor: alice.actor });
    const b = await openChangeSet({ title: "Dates", actor: bob.actor });
    await stageFactEdit({
      changeSetId: a.id,
      factId,
      content: generalFact("Exports were 12 million."),
      note: "New figure",
      actor: alice.actor,
    });
    const told = await failure(
      stageFactEdit({
        changeSetId: b.id,
        factId,
        content: generalFact("Exports were 10 million.", { validTime: { start: "2002" } }),
        note: "Date",
        actor: bob.actor,
      }),
    );
    expect(told.code).toBe("CONFLICT");
    expect(told.message).toContain("“Trade update”");
    await stageFactEdit({
      changeSetId: b.id,
      factId,
      content: generalFact("Exports were 10 million.", { validTime: { start: "2002" } }),
      note: "Date",
      actor: bob.actor,
      compete: true,
    });
    for (const [set, by] of [
      [a, alice],
      [b, bob],
    ] as const) {
      await submitChangeSet({ changeSetId: set.id, actor: by.actor });
      await reviewChangeSet({ changeSetId: set.id, decision: "APPROVED", actor: reviewer.actor });
    }
    expect((await getChangeSet({ changeSetId: b.id, actor: reviewer.actor })).items[0]).toMatchObject({
      competing: [{ id: a.id, title: "Trade update" }],
    });
    await publishChangeSet({ changeSetId: a.id, actor: reviewer.actor });
    // B was made against the old fact: refused with the reason, nothing of it published.
    const held = await failure(publishChangeSet({ changeSetId: b.id, actor: reviewer.actor }));
    expect(held).toMatchObject({ code: "CONFLICT" });
    expect(held.message).toContain("was changed since this change-set was made");
    const item = (await getChangeSet({ changeSetId: b.id, actor: reviewer.actor })).items[0];
    expect(item?.stale).toBe(true);
    await mergeStaleChange({ changeSetId: b.id, itemId: item?.id as string, actor: reviewer.actor });
    await reviewChangeSet({ changeSetId: b.id, decision: "APPROVED", actor: reviewer.actor });
    await publishChangeSet({ changeSetId: b.id, actor: reviewer.actor });
    const [fact] = (await getPublicRelation({ slug: relation.slug })).facts;
    expect(fact?.statement).toBe("Exports were 12 million.");
    expect(fact?.validTime).toMatchObject({ start: "2002" });
  });

  it("two editors adding the same fact to two change-sets at once: one wins, the other is told", async () => {
    const { ids } = await publicFacts("A consulate opened.");
    const factId = ids[0] as string;
    const editors = await Promise.all([createUser("EDITOR"), createUser("EDITOR")]);
    const sets = await Promise.all(editors.map((e, i) => openChangeSet({ title: `Set ${i}`, actor: e.actor })));
    const outcomes = await Promise.allSettled(
      sets.map((set, i) =>
        stageFactEdit({
          changeSetId: set.id,
          factId,
          content: generalFact(`A consulate opened (${i}).`),
          note: "Edit",
          actor: (editors[i] as (typeof editors)[number]).actor,
        }),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
  });

  it("a due schedule is published by the sweep; one that can no longer apply is held, nothing half-applied", async () => {
    const { relation, ids } = await publicFacts("Fact one.", "Fact two.");
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const set = await openChangeSet({ title: "Scheduled", actor: editor.actor });
    for (const [i, factId] of ids.entries()) {
      await stageFactEdit({
        changeSetId: set.id,
        factId,
        content: generalFact(`Fact ${i} revised.`),
        note: "Edit",
        actor: editor.actor,
      });
    }
    await submitChangeSet({ changeSetId: set.id, actor: editor.actor });
    await reviewChangeSet({ changeSetId: set.id, decision: "APPROVED", actor: reviewer.actor });
    const at = new Date(Date.now() + 1500).toISOString();
    expect((await publishChangeSet({ changeSetId: set.id, at, actor: reviewer.actor })).scheduledAt).not.toBeNull();
    // Meanwhile someone edits the second fact's draft directly.
    const current = await getDb().fact.findUniqueOrThrow({ where: { id: ids[1] as string } });
    await reviseFact({
      factId: ids[1] as string,
      expectedRevisionId: current.currentRevisionId as string,
      content: generalFact("Fact two, edited elsewhere."),
      note: "Elsewhere",
      actor: editor.actor,
    });
    await new Promise((r) => setTimeout(r, 1600));
    await publishDueChangeSets();
    const after = await getDb().changeSet.findUniqueOrThrow({ where: { id: set.id } });
    expect(after.state).toBe("HELD");
    expect(after.stateNote).toContain("“Fact 1 revised.” was changed since this change-set was made");
    expect(await statements(relation.slug)).toEqual(["Fact one.", "Fact two."]);
  });

  it("an accepted import is a change-set of its own, submitted for review", async () => {
    const { text } = await articleForFreshPair();
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const result = await acceptImportProposals({
      text,
      proposals: [{ importKey: "history/diplomatic-relations/established" }],
      actor: editor.actor,
    });
    expect(result.changeSetId).toBeTruthy();
    const set = await getChangeSet({ changeSetId: result.changeSetId as string, actor: reviewer.actor });
    expect(set.state).toBe("SUBMITTED");
    expect(set.title).toMatch(/^Import: /);
    expect(set.items.map((i) => i.kind === "fact" && i.status)).toEqual(["new"]);
  });

  it("an article imported in bulk is a change-set of its own per article; a dry run or an unchanged re-import makes none", async () => {
    const reviewer = await createUser("REVIEWER");
    const dry = await importArticle({ text: (await articleForFreshPair()).text, actor: SYSTEM_ACTOR, dryRun: true });
    expect(dry.changeSetId).toBeNull();
    const articles = [await articleForFreshPair(), await articleForFreshPair()];
    const ids: string[] = [];
    for (const { text, relation } of articles) {
      const origin = { url: `https://example.org/wiki/${relation.slug}`, retrievedOn: "2026-12-01" };
      const report = await importArticle({ text, actor: SYSTEM_ACTOR, origin });
      expect(report.changeSetId).toBeTruthy();
      const set = await getChangeSet({ changeSetId: report.changeSetId as string, actor: reviewer.actor });
      expect(set.state).toBe("SUBMITTED");
      expect(set.title).toMatch(/^Import: /);
      const facts = await getDb().fact.findMany({ where: { relationId: relation.id }, select: { id: true } });
      expect(set.items.map((i) => (i.kind === "fact" ? [i.status, i.factId] : [])).sort()).toEqual(
        facts.map((f) => ["new", f.id]).sort(),
      );
      ids.push(set.id);
      // Nothing new to review the second time: no empty change-set.
      expect((await importArticle({ text, actor: SYSTEM_ACTOR, origin })).changeSetId).toBeNull();
    }
    expect(new Set(ids).size).toBe(2);
    // Reviewed and published as one.
    await reviewChangeSet({ changeSetId: ids[0] as string, decision: "APPROVED", actor: reviewer.actor });
    await publishChangeSet({ changeSetId: ids[0] as string, actor: reviewer.actor });
    const first = (articles[0] as { relation: { id: string; slug: string } }).relation;
    const drafts = await getDb().fact.count({ where: { relationId: first.id } });
    expect((await statements(first.slug)).length).toBe(drafts);
  });
});
