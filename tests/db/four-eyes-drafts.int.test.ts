import { approveFact, bulkFactAction, createFact, getDb, getFact, reviseFact, SYSTEM_ACTOR } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

async function ownDraft(role: "EDITOR" | "REVIEWER" = "REVIEWER") {
  const relation = await createRelation();
  const author = await createUser(role);
  const { factId, revision } = await createFact({
    relationId: relation.id,
    content: generalFact(`Own draft ${unique()}.`),
    note: "First",
    actor: author.actor,
  });
  return { relation, author, factId, revisionId: revision.id };
}

describe("four eyes on a single draft", () => {
  it("refuses a reviewer approving their own draft, and lets another reviewer publish it", async () => {
    const { author, factId, revisionId } = await ownDraft();
    expect(await failure(approveFact({ factId, expectedRevisionId: revisionId, actor: author.actor }))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/Someone else must approve this draft.*four eyes/),
      details: { fourEyes: true },
    });
    expect((await getFact({ factId })).published).toBeNull();
    const other = await createUser("REVIEWER");
    await approveFact({ factId, expectedRevisionId: revisionId, actor: other.actor });
    expect((await getFact({ factId })).published?.revisionId).toBe(revisionId);
  });

  it("counts whoever revised the draft since what is public, not who wrote what was published before", async () => {
    const { author, factId, revisionId } = await ownDraft("EDITOR");
    const first = await createUser("REVIEWER");
    const second = await createUser("REVIEWER");
    await approveFact({ factId, expectedRevisionId: revisionId, actor: first.actor });
    // The first reviewer fixes a word in the editor's next draft: they wrote part of it now.
    const edited = await reviseFact({
      factId,
      expectedRevisionId: revisionId,
      content: generalFact(`Edited by the editor ${unique()}.`),
      note: "Update",
      actor: author.actor,
    });
    const fixed = await reviseFact({
      factId,
      expectedRevisionId: edited.revision.id,
      content: generalFact(`Fixed by the reviewer ${unique()}.`),
      note: "Typo",
      actor: first.actor,
    });
    expect(
      await failure(approveFact({ factId, expectedRevisionId: fixed.revision.id, actor: first.actor })),
    ).toMatchObject({ code: "FORBIDDEN", details: { fourEyes: true } });
    await approveFact({ factId, expectedRevisionId: fixed.revision.id, actor: second.actor });
    // The second reviewer wrote nothing since: the editor's next draft is theirs to approve.
    const next = await reviseFact({
      factId,
      expectedRevisionId: fixed.revision.id,
      content: generalFact(`Later ${unique()}.`),
      note: "Later",
      actor: author.actor,
    });
    await approveFact({ factId, expectedRevisionId: next.revision.id, actor: first.actor });
    expect((await getFact({ factId })).published?.revisionId).toBe(next.revision.id);
  });

  it("lets the deployment setting or an admin's reason through, each audited", async () => {
    const bySetting = await ownDraft();
    await approveFact({
      factId: bySetting.factId,
      expectedRevisionId: bySetting.revisionId,
      actor: bySetting.author.actor,
      allowSelfApproval: true,
    });
    const settingAudit = await getDb().auditEvent.findFirstOrThrow({
      where: { factId: bySetting.factId, type: "fact.self_approved" },
    });
    expect(settingAudit.payload).toEqual({ revisionId: bySetting.revisionId, reason: null, bySetting: true });
    // Written with the publish, right after it.
    const trail = await getDb().auditEvent.findMany({ where: { factId: bySetting.factId }, orderBy: { id: "asc" } });
    expect(trail.slice(-2).map((e) => e.type)).toEqual(["fact.published", "fact.self_approved"]);

    const { author, factId, revisionId } = await ownDraft();
    const selfAdmin = { ...author.actor, role: "ADMIN" as const };
    // A reviewer's reason is not an override: only an admin's is.
    expect(
      await failure(
        approveFact({
          factId,
          expectedRevisionId: revisionId,
          actor: author.actor,
          selfApprovalReason: "I checked it twice",
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(
        approveFact({ factId, expectedRevisionId: revisionId, actor: selfAdmin, selfApprovalReason: "ok" }),
      ),
    ).toMatchObject({ code: "INVALID", message: expect.stringMatching(/Say why you approve your own changes/) });
    expect(await getDb().auditEvent.count({ where: { factId, type: "fact.published" } })).toBe(0);
    const reason = "Night shift alone; checked against the ministry's page";
    await approveFact({ factId, expectedRevisionId: revisionId, actor: selfAdmin, selfApprovalReason: reason });
    expect((await getFact({ factId })).published?.revisionId).toBe(revisionId);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { factId, type: "fact.self_approved" } });
    expect(audit).toMatchObject({ actorId: author.user.id, payload: { revisionId, reason, bySetting: false } });
  });

  it("bulk approval refuses the reviewer's own drafts with the reason and publishes the others", async () => {
    const relation = await createRelation();
    const reviewer = await createUser("REVIEWER");
    const editor = await createUser("EDITOR");
    const make = async (actor: typeof editor.actor, text: string) => {
      const { factId, revision } = await createFact({
        relationId: relation.id,
        content: generalFact(`${text} ${unique()}.`),
        note: "n",
        actor,
      });
      return { factId, revisionId: revision.id };
    };
    const theirs = await make(editor.actor, "Theirs");
    const mine = await make(reviewer.actor, "Mine");
    const results = await bulkFactAction({ action: "approve", items: [theirs, mine], actor: reviewer.actor });
    expect(results).toMatchObject([
      { id: theirs.factId, ok: true, message: "Approved and published" },
      { id: mine.factId, ok: false, message: expect.stringMatching(/four eyes/) },
    ]);
    expect((await getFact({ factId: mine.factId })).published).toBeNull();
    const relaxed = await bulkFactAction({
      action: "approve",
      items: [mine],
      allowSelfApproval: true,
      actor: reviewer.actor,
    });
    expect(relaxed).toMatchObject([{ id: mine.factId, ok: true }]);
  });

  it("a draft no account wrote (the importer's) is approved by any reviewer", async () => {
    const relation = await createRelation();
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact(`Imported ${unique()}.`),
      note: "Imported",
      actor: SYSTEM_ACTOR,
    });
    const reviewer = await createUser("REVIEWER");
    await approveFact({ factId, expectedRevisionId: revision.id, actor: reviewer.actor });
    expect((await getFact({ factId })).published?.revisionId).toBe(revision.id);
    expect(await getDb().auditEvent.count({ where: { factId, type: "fact.self_approved" } })).toBe(0);
  });
});
