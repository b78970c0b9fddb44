import {
  approveFact,
  createFact,
  getDb,
  listAuditLog,
  listMyDrafts,
  listQualityWarnings,
  listRecentChanges,
  listReviewQueue,
  resolveFlag,
  submitFact,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { draftScenario, testAdmin, tradeFact } from "../setup/editor-factories";
import { createRelation, createUser, generalFact } from "../setup/factories";

describe("dashboard", () => {
  it("shows an editor their own drafts, and the review queue to everyone", async () => {
    const { editor, reviewer, factId, revisionId } = await draftScenario("My own draft.");
    const other = await createUser("EDITOR");
    expect((await listMyDrafts({ actor: editor.actor })).map((f) => f.statement)).toEqual(["My own draft."]);
    expect(await listMyDrafts({ actor: other.actor })).toEqual([]);
    await submitFact({ factId, expectedRevisionId: revisionId, actor: editor.actor });
    expect((await listMyDrafts({ actor: editor.actor }))[0]?.reviewState).toBe("SUBMITTED");
    expect((await listReviewQueue({ actor: other.actor })).map((f) => f.id)).toContain(factId);
    await approveFact({ factId, expectedRevisionId: revisionId, actor: reviewer.actor });
    expect(await listMyDrafts({ actor: editor.actor })).toEqual([]);
    const recent = await listRecentChanges({ actor: other.actor, limit: 100 });
    expect(recent.find((e) => e.factId === factId && e.type === "fact.published")).toMatchObject({
      actorName: reviewer.actor.name,
      statement: "My own draft.",
    });
  });

  it("puts drafts someone submitted before drafts an import's flags hold, whatever their age", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const held = await createFact({
      relationId: relation.id,
      content: generalFact("Held by a flag."),
      note: "n",
      actor,
    });
    await getDb().factFlag.create({
      data: { factId: held.factId, rule: "MALFORMED_AMOUNT", message: "The amount could not be read", excerpt: "x" },
    });
    const { factId, revisionId, editor } = await draftScenario("Submitted after the held one.");
    await submitFact({ factId, expectedRevisionId: revisionId, actor: editor.actor });
    const queue = (await listReviewQueue({ actor, limit: 200 })).map((f) => f.id);
    expect(queue).toContain(held.factId);
    expect(queue.indexOf(factId)).toBeGreaterThanOrEqual(0);
    expect(queue.indexOf(factId)).toBeLessThan(queue.indexOf(held.factId));
  });

  it("warns about the importer's open flags and facts failing a publish rule, until resolved or fixed", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const { factId } = await createFact({
      relationId: relation.id,
      content: tradeFact(relation, { amount: { value: null, currency: "USD", unit: "ONE", asReported: "a lot" } }),
      note: "n",
      actor,
    });
    const flag = await getDb().factFlag.create({
      data: { factId, rule: "MALFORMED_AMOUNT", message: "The amount could not be read", excerpt: "a lot" },
    });
    const warnings = await listQualityWarnings({ actor });
    expect(warnings.flags.map((f) => f.id)).toContain(flag.id);
    expect(warnings.ruleFailures.find((f) => f.factId === factId)?.issues).toEqual([
      { path: "data.amount.value", message: "Give the amount as a number" },
    ]);

    await resolveFlag({ flagId: flag.id, actor });
    expect((await listQualityWarnings({ actor })).flags.map((f) => f.id)).not.toContain(flag.id);
    expect((await getDb().factFlag.findUniqueOrThrow({ where: { id: flag.id } })).resolvedById).toBe(actor.id);
    await expect(resolveFlag({ flagId: flag.id, actor })).resolves.toMatchObject({ changed: false });
  });
});

describe("audit log", () => {
  it("lets admins filter who did what, a page at a time", async () => {
    const admin = testAdmin;
    const { editor, factId } = await draftScenario();
    await createFact({
      relationId: (await createRelation()).id,
      content: generalFact("Second."),
      note: "n",
      actor: editor.actor,
    });

    const byEditor = await listAuditLog({ actor: admin, actorId: editor.actor.id as string });
    expect(byEditor.events.map((e) => e.type)).toEqual(["fact.created", "fact.created"]);
    const byFact = await listAuditLog({ actor: admin, factId });
    expect(byFact.events).toHaveLength(1);
    const byName = await listAuditLog({ actor: admin, actorName: editor.actor.name.toUpperCase(), type: "fact." });
    expect(byName.events).toHaveLength(2);

    const first = await listAuditLog({ actor: admin, actorId: editor.actor.id as string, limit: 1 });
    expect(first.nextBefore).not.toBeNull();
    const second = await listAuditLog({
      actor: admin,
      actorId: editor.actor.id as string,
      limit: 1,
      before: first.nextBefore ?? "",
    });
    expect(second.events[0]?.id).not.toBe(first.events[0]?.id);
    expect(second.nextBefore).toBeNull();

    const future = await listAuditLog({ actor: admin, from: "2999-01-01" });
    expect(future.events).toEqual([]);
  });

  it("is for admins only and refuses nonsense filters", async () => {
    const { actor: reviewer } = await createUser("REVIEWER");
    const admin = testAdmin;
    await expect(listAuditLog({ actor: reviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAuditLog({ actor: admin, from: "not a date" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(listAuditLog({ actor: admin, before: "-1" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
