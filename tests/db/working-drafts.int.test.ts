import {
  type AppError,
  autosaveWorkingDraft,
  createFact,
  discardWorkingDraft,
  getDb,
  getWorkingDraft,
  listOthersWorkingDrafts,
  openChangeSet,
  publishFact,
  stageFactEdit,
  submitChangeSet,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { tradeFact } from "../setup/editor-factories";
import { createRelation, createUser, generalFact } from "../setup/factories";

/** The form's content as the editor sends it (toContent in the fact editor). */
const typed = (statement: string) => ({
  kind: "GENERAL" as const,
  section: "other" as const,
  statement,
  validTime: { start: null },
  data: {},
  sources: [{ source: { url: "https://example.org/a", title: "A", publisher: null, kind: "WEBSITE" } }],
});

async function publicFact(statement: string) {
  const relation = await createRelation();
  const editor = await createUser("EDITOR");
  const { factId, revision } = await createFact({
    relationId: relation.id,
    content: generalFact(statement),
    note: "First",
    actor: editor.actor,
  });
  const admin = await createUser("ADMIN");
  await publishFact({ factId, revisionId: revision.id, actor: admin.actor });
  return { editor, factId, revisionId: revision.id };
}

/** What a caller sends (the refused attempts below do not fit it: that is the point). */
type Sent = Omit<Parameters<typeof autosaveWorkingDraft>[0], "actor">;

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => error.code,
  );

describe("autosaved working copies", () => {
  it("overwrite one copy per editor and fact, make no revision and move nothing public", async () => {
    const { editor, factId, revisionId } = await publicFact("Talks began in 2001.");
    const before = await getDb().fact.findUniqueOrThrow({ where: { id: factId } });
    for (const statement of ["Talks began in 20", "Talks began in 2002.", ""]) {
      await autosaveWorkingDraft({
        factId,
        baseRevisionId: revisionId,
        content: typed(statement),
        note: "Year",
        actor: editor.actor,
      });
    }
    // Mid-edit content is kept as typed, even an empty statement no save would accept.
    const copy = await getWorkingDraft({ factId, actor: editor.actor });
    expect(copy).toMatchObject({ note: "Year", baseRevisionId: revisionId, content: { statement: "" } });
    expect(await getDb().workingDraft.count({ where: { factId } })).toBe(1);
    expect(await getDb().factRevision.count({ where: { factId } })).toBe(1);
    const after = await getDb().fact.findUniqueOrThrow({ where: { id: factId } });
    expect([after.currentRevisionId, after.publishedRevisionId, after.reviewState]).toEqual([
      before.currentRevisionId,
      before.publishedRevisionId,
      before.reviewState,
    ]);
    // Another editor has no copy of their own, and sees this one's latest text.
    const reviewer = await createUser("REVIEWER");
    expect(await getWorkingDraft({ factId, actor: reviewer.actor })).toBeNull();
    await autosaveWorkingDraft({ factId, content: typed("Talks began in 2002."), actor: editor.actor });
    expect(await listOthersWorkingDrafts({ factId, actor: reviewer.actor })).toMatchObject([
      { editorName: editor.actor.name, statement: "Talks began in 2002.", changeSetId: null },
    ]);
    expect(await listOthersWorkingDrafts({ factId, actor: editor.actor })).toEqual([]);
    await discardWorkingDraft({ factId, actor: editor.actor });
    expect(await getWorkingDraft({ factId, actor: editor.actor })).toBeNull();
  });

  it("in a change-set: a copy of its own, gone once the change is staged; refused once the set takes no edits", async () => {
    const { editor, factId } = await publicFact("A consulate opened.");
    const set = await openChangeSet({ title: "Consulates", actor: editor.actor });
    await autosaveWorkingDraft({ factId, content: typed("A consulate opened in the port."), actor: editor.actor });
    await autosaveWorkingDraft({
      factId,
      changeSetId: set.id,
      content: typed("A consulate opened in 1999."),
      actor: editor.actor,
    });
    expect(await getDb().workingDraft.count({ where: { factId } })).toBe(2);
    await stageFactEdit({
      changeSetId: set.id,
      factId,
      content: generalFact("A consulate opened in 1999."),
      note: "Year",
      actor: editor.actor,
    });
    expect(await getWorkingDraft({ factId, changeSetId: set.id, actor: editor.actor })).toBeNull();
    expect((await getWorkingDraft({ factId, actor: editor.actor }))?.content.statement).toBe(
      "A consulate opened in the port.",
    );
    await submitChangeSet({ changeSetId: set.id, actor: editor.actor });
    const late = autosaveWorkingDraft({
      factId,
      changeSetId: set.id,
      content: typed("A consulate opened in 2000."),
      actor: editor.actor,
    });
    expect(await refusal(late)).toBe("CONFLICT");
  });

  it("refuses what the form could not load back, or another kind, and keeps nothing of it", async () => {
    const { editor, factId } = await publicFact("Exports were small.");
    const attempts = [
      { factId, content: { ...typed("x"), statement: "nul \u0000 inside" } },
      { factId, content: { ...typed("x"), kind: "TRADE" } },
      { factId, content: { ...typed("x"), extra: true } },
      { factId, content: typed("x".repeat(5001)) },
      { factId: "not-an-id", content: typed("x") },
    ];
    for (const attempt of attempts) {
      expect(await refusal(autosaveWorkingDraft({ ...(attempt as unknown as Sent), actor: editor.actor }))).toBe(
        "INVALID",
      );
    }
    const stranger = { id: null, name: "Importer", role: "SYSTEM" as const };
    expect(await refusal(autosaveWorkingDraft({ factId, content: typed("x"), actor: stranger }))).toBe("FORBIDDEN");
    // Well-formed, refused by what the database holds (the copy's upsert went out with the checks
    // and is rolled back): another kind than the fact's, a fact that does not exist.
    const trade = tradeFact(await createRelation());
    expect(await refusal(autosaveWorkingDraft({ factId, content: trade, actor: editor.actor }))).toBe("INVALID");
    const nowhere = { factId: crypto.randomUUID(), content: typed("x"), actor: editor.actor };
    expect(await refusal(autosaveWorkingDraft(nowhere))).toBe("NOT_FOUND");
    expect(await getDb().workingDraft.count({ where: { factId } })).toBe(0);
  });
});
