import {
  type AppError,
  autosaveWorkingCopy,
  discardWorkingCopy,
  getDb,
  getWorkingCopy,
  openChangeSet,
  stageFactEdit,
  stageSummaryEdit,
  submitChangeSet,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";

/** The new-fact form's content as the editor sends it (toContent in the fact editor). */
const typed = (statement: string) => ({
  fact: {
    kind: "GENERAL" as const,
    section: "other" as const,
    statement,
    validTime: { start: null },
    data: {},
    sources: [],
  },
  note: "New",
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => error.code,
  );

const copiesOf = (userId: string) => getDb().workingCopy.count({ where: { userId } });

describe("working copies of forms without a fact", () => {
  it("keep a new fact's form per editor, relation and change-set, overwritten as they type; others never see it", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const set = await openChangeSet({ title: "Embassies", actor: editor.actor });
    const key = { form: "NEW_FACT" as const, relationId: relation.id };
    for (const statement of ["An emb", "An embassy opened in 2004."]) {
      await autosaveWorkingCopy({ ...key, content: typed(statement), actor: editor.actor });
    }
    await autosaveWorkingCopy({ ...key, changeSetId: set.id, content: typed("In the set."), actor: editor.actor });
    expect(await copiesOf(editor.user.id)).toBe(2);
    expect(await getWorkingCopy({ ...key, actor: editor.actor })).toMatchObject({
      content: { fact: { statement: "An embassy opened in 2004." }, note: "New" },
    });
    // Nothing else is written: no fact, no audit event.
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { actorId: editor.user.id, relationId: relation.id } })).toBe(0);

    const other = await createUser("EDITOR");
    expect(await getWorkingCopy({ ...key, actor: other.actor })).toBeNull();
    await discardWorkingCopy({ ...key, actor: other.actor });
    expect(await copiesOf(editor.user.id)).toBe(2);

    await discardWorkingCopy({ ...key, actor: editor.actor });
    expect(await getWorkingCopy({ ...key, actor: editor.actor })).toBeNull();
    expect(await getWorkingCopy({ ...key, changeSetId: set.id, actor: editor.actor })).not.toBeNull();
  });

  it("are consumed by the save they were typed for: the new fact staged, the summary staged", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const set = await openChangeSet({ title: "Summary and a fact", actor: editor.actor });
    const newFact = { form: "NEW_FACT" as const, relationId: relation.id, changeSetId: set.id };
    const summary = { form: "CHANGE_SET_SUMMARY" as const, relationId: relation.id, changeSetId: set.id };
    await autosaveWorkingCopy({ ...newFact, content: typed("A treaty was signed."), actor: editor.actor });
    await autosaveWorkingCopy({
      form: "NEW_FACT",
      relationId: relation.id,
      content: typed("Outside."),
      actor: editor.actor,
    });
    await autosaveWorkingCopy({ ...summary, content: { summary: "Close partners." }, actor: editor.actor });

    await stageFactEdit({
      changeSetId: set.id,
      relationId: relation.id,
      content: generalFact("A treaty was signed."),
      note: "New",
      actor: editor.actor,
    });
    expect(await getWorkingCopy({ ...newFact, actor: editor.actor })).toBeNull();
    // The copy of the same form outside the change-set is another form's: it stays.
    expect(await getWorkingCopy({ form: "NEW_FACT", relationId: relation.id, actor: editor.actor })).not.toBeNull();

    await stageSummaryEdit({
      changeSetId: set.id,
      relationId: relation.id,
      summary: "Close partners.",
      actor: editor.actor,
    });
    expect(await getWorkingCopy({ ...summary, actor: editor.actor })).toBeNull();

    await submitChangeSet({ changeSetId: set.id, actor: editor.actor });
    const late = autosaveWorkingCopy({ ...summary, content: { summary: "Later." }, actor: editor.actor });
    expect(await refusal(late)).toBe("CONFLICT");
    expect(await getWorkingCopy({ ...summary, actor: editor.actor })).toBeNull();
  });

  it("keep a change-set's title and description before it is opened", async () => {
    const editor = await createUser("EDITOR");
    const content = { title: "State visit", description: "Everything the visit changed" };
    await autosaveWorkingCopy({ form: "OPEN_CHANGE_SET", content, actor: editor.actor });
    await autosaveWorkingCopy({
      form: "OPEN_CHANGE_SET",
      content: { ...content, title: "State visit 2026" },
      actor: editor.actor,
    });
    expect(await getWorkingCopy({ form: "OPEN_CHANGE_SET", actor: editor.actor })).toMatchObject({
      content: { title: "State visit 2026", description: "Everything the visit changed" },
    });
    expect(await copiesOf(editor.user.id)).toBe(1);
  });

  it("keep the import page's article and adjustments, up to a bound", async () => {
    const editor = await createUser("EDITOR");
    const article = "= Azerbaijan–Canada relations =\nEmbassies opened in 2004.";
    const content = {
      text: article,
      originUrl: "https://en.wikipedia.org/wiki/Azerbaijan–Canada_relations",
      retrievedOn: "2026-12-01",
      adjustments: { "general:1": { accept: false }, "general:2": { accept: true, content: typed("Edited.").fact } },
    };
    await autosaveWorkingCopy({ form: "IMPORT", content, actor: editor.actor });
    expect(await getWorkingCopy({ form: "IMPORT", actor: editor.actor })).toMatchObject({ content });
    const huge = { ...content, text: "x".repeat(1_000_001) };
    const refused = autosaveWorkingCopy({ form: "IMPORT", content: huge, actor: editor.actor });
    expect(await refusal(refused)).toBe("INVALID");
    expect(await getWorkingCopy({ form: "IMPORT", actor: editor.actor })).toMatchObject({ content: { text: article } });
  });

  it("refuse oversize, malformed or misplaced input, and keep nothing of it", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const attempts: [unknown, string][] = [
      [{ form: "NEW_FACT", relationId: relation.id, content: typed("x".repeat(5001)) }, "INVALID"],
      [{ form: "NEW_FACT", relationId: relation.id, content: { ...typed("x"), extra: 1 } }, "INVALID"],
      [{ form: "NEW_FACT", relationId: relation.id, content: typed("nul \u0000 inside") }, "INVALID"],
      [{ form: "NEW_FACT", content: typed("x") }, "INVALID"],
      [{ form: "CHANGE_SET_SUMMARY", relationId: relation.id, content: { summary: "x" } }, "INVALID"],
      [{ form: "OPEN_CHANGE_SET", content: { title: "x".repeat(201), description: "" } }, "INVALID"],
      [{ form: "SOMETHING_ELSE", content: {} }, "INVALID"],
      [{ form: "NEW_FACT", relationId: "not-an-id", content: typed("x") }, "INVALID"],
      [{ form: "NEW_FACT", relationId: crypto.randomUUID(), content: typed("x") }, "NOT_FOUND"],
      [
        { form: "NEW_FACT", relationId: relation.id, changeSetId: crypto.randomUUID(), content: typed("x") },
        "NOT_FOUND",
      ],
    ];
    for (const [attempt, code] of attempts) {
      // Unchecked, as a server action calls it: the operation parses what it is sent.
      expect(await refusal(autosaveWorkingCopy.unchecked({ ...(attempt as object), actor: editor.actor }))).toBe(code);
    }
    const importer = { id: null, name: "Importer", role: "SYSTEM" as const };
    const sent = { form: "NEW_FACT" as const, relationId: relation.id, content: typed("x") };
    expect(await refusal(autosaveWorkingCopy({ ...sent, actor: importer }))).toBe("FORBIDDEN");
    expect(await copiesOf(editor.user.id)).toBe(0);
    expect(await getDb().workingCopy.count({ where: { relationId: relation.id } })).toBe(0);
  });
});
