import {
  type AppError,
  bulkChangeSetAction,
  bulkFactAction,
  createFact,
  getDb,
  listChangeSetPage,
  listEditorFacts,
  openChangeSet,
  publishFact,
  reviseFact,
  stageFactEdit,
  submitChangeSet,
  submitFact,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { testAdmin, tradeFact } from "../setup/editor-factories";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => ({ code: error.code, message: error.message }),
  );

async function draft(relationId: string, actor: Awaited<ReturnType<typeof createUser>>["actor"], statement: string) {
  const { factId, revision } = await createFact({ relationId, content: generalFact(statement), note: "First", actor });
  return { factId, revisionId: revision.id };
}

describe("the fact list", () => {
  it("filters by relation, kind, state, open warnings, author and last change, and sorts", async () => {
    const relation = await createRelation();
    const anna = await createUser("EDITOR");
    const ben = await createUser("EDITOR");
    const plain = await draft(relation.id, anna.actor, `Plain draft ${unique()}.`);
    const sent = await draft(relation.id, anna.actor, `Submitted draft ${unique()}.`);
    await submitFact({ factId: sent.factId, expectedRevisionId: sent.revisionId, actor: anna.actor });
    const flagged = await draft(relation.id, ben.actor, `Flagged draft ${unique()}.`);
    await getDb().factFlag.create({ data: { factId: flagged.factId, rule: "lists", message: "Check", excerpt: "x" } });
    const trade = await createFact({
      relationId: relation.id,
      content: tradeFact(relation),
      note: "First",
      actor: ben.actor,
    });
    await publishFact({ factId: trade.factId, actor: testAdmin });

    const ids = async (query: Parameters<typeof listEditorFacts>[0]) =>
      (await listEditorFacts(query)).rows.map((f) => f.id);
    const base = { actor: anna.actor, relation: relation.slug, sort: "created", order: "asc" };
    expect(await ids(base)).toEqual([plain.factId, sent.factId, flagged.factId, trade.factId]);
    expect(await ids({ ...base, order: "desc" })).toEqual([trade.factId, flagged.factId, sent.factId, plain.factId]);
    expect(await ids({ ...base, kind: "TRADE_FIGURE" })).toEqual([trade.factId]);
    expect(await ids({ ...base, state: "SUBMITTED" })).toEqual([sent.factId]);
    expect(await ids({ ...base, state: "PUBLISHED" })).toEqual([trade.factId]);
    expect(await ids({ ...base, flagged: "yes" })).toEqual([flagged.factId]);
    expect(await ids({ ...base, flagged: "no" })).toEqual([plain.factId, sent.factId, trade.factId]);
    expect(await ids({ ...base, author: anna.actor.name.toUpperCase() })).toEqual([plain.factId, sent.factId]);
    // Typed wildcards are literal: "%" matches no author name.
    expect(await ids({ ...base, author: "%" })).toEqual([]);
    expect(await ids({ ...base, changedSince: "2999-01-01" })).toEqual([]);
    expect(await ids({ ...base, changedSince: new Date().toISOString().slice(0, 10) })).toHaveLength(4);
    const row = (await listEditorFacts({ ...base, flagged: "yes" })).rows[0];
    expect(row).toMatchObject({ openFlags: 1, lastAuthor: ben.actor.name, reviewState: "DRAFT", isPublic: false });
  });

  it("pages with a bounded size and says how many pages there are", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const made: string[] = [];
    for (let i = 0; i < 12; i++) made.push((await draft(relation.id, editor.actor, `Fact ${i} ${unique()}.`)).factId);
    const query = { actor: editor.actor, relation: relation.slug, sort: "created", order: "asc", pageSize: "10" };
    const first = await listEditorFacts(query);
    expect(first).toMatchObject({ total: 12, page: 1, pages: 2, pageSize: 10 });
    expect(first.rows.map((r) => r.id)).toEqual(made.slice(0, 10));
    const second = await listEditorFacts({ ...query, page: "2" });
    expect(second.rows.map((r) => r.id)).toEqual(made.slice(10));
    const past = await listEditorFacts({ ...query, page: "3" });
    expect(past).toMatchObject({ total: 12, rows: [] });
  });

  it("refuses bad filters with a message naming the field, never an empty answer", async () => {
    const editor = await createUser("EDITOR");
    const bad = (query: Record<string, unknown>) => refusal(listEditorFacts({ actor: editor.actor, ...query }));
    expect(await bad({ kind: "NOPE" })).toMatchObject({ code: "INVALID", message: expect.stringMatching(/^kind:/) });
    expect(await bad({ state: "LOST" })).toMatchObject({ code: "INVALID", message: expect.stringMatching(/^state:/) });
    expect(await bad({ flagged: "maybe" })).toMatchObject({ message: "flagged: yes or no" });
    expect(await bad({ pageSize: "1000" })).toMatchObject({ message: "pageSize: one of 10, 25, 50, 100" });
    expect(await bad({ page: "0" })).toMatchObject({ message: "page: pages start at 1" });
    expect(await bad({ page: "two" })).toMatchObject({ message: "page: a page number" });
    expect(await bad({ changedSince: "yesterday" })).toMatchObject({
      message: expect.stringMatching(/^changedSince:/),
    });
    expect(await bad({ sort: "random" })).toMatchObject({ message: expect.stringMatching(/^sort: one of/) });
    expect(await bad({ relation: `no-such-${unique()}` })).toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/^relation: there is no relation/),
    });
    expect(await bad({ state: ["DRAFT", "SUBMITTED"] })).toMatchObject({ code: "INVALID" });
    expect(await bad({ colour: "red" })).toMatchObject({ code: "INVALID" });
  });
});

describe("the change-set list", () => {
  it("filters by state, relation touched and author, sorted and paged", async () => {
    const relation = await createRelation();
    const anna = await createUser("EDITOR");
    const fact = await draft(relation.id, anna.actor, `Staged ${unique()}.`);
    const set = await openChangeSet({ title: `Lists ${unique()}`, actor: anna.actor });
    await stageFactEdit({
      changeSetId: set.id,
      factId: fact.factId,
      content: generalFact(`Staged again ${unique()}.`),
      note: "Lists",
      actor: anna.actor,
    });
    await submitChangeSet({ changeSetId: set.id, actor: anna.actor });
    const empty = await openChangeSet({ title: `Lists empty ${unique()}`, actor: anna.actor });

    const titles = async (query: Record<string, unknown>) =>
      (await listChangeSetPage({ actor: anna.actor, author: anna.actor.name, ...query })).rows.map((s) => s.id);
    expect(await titles({})).toEqual([empty.id, set.id]);
    expect(await titles({ order: "asc" })).toEqual([set.id, empty.id]);
    expect(await titles({ state: "SUBMITTED" })).toEqual([set.id]);
    expect(await titles({ relation: relation.slug })).toEqual([set.id]);
    expect(await titles({ pageSize: "10", page: "2" })).toEqual([]);
    const page = await listChangeSetPage({ actor: anna.actor, author: anna.actor.name, state: "SUBMITTED" });
    expect(page).toMatchObject({ total: 1, pages: 1, rows: [{ changes: 1, title: set.title }] });
    expect(await refusal(listChangeSetPage({ actor: anna.actor, state: "DONE" }))).toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/^state: one of OPEN/),
    });
  });
});

describe("bulk actions on facts", () => {
  it("submits each ticked draft, refusing one saved since the list was read, and says which and why", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const a = await draft(relation.id, editor.actor, `First ${unique()}.`);
    const b = await draft(relation.id, editor.actor, `Second ${unique()}.`);
    await reviseFact({
      factId: b.factId,
      expectedRevisionId: b.revisionId,
      content: generalFact(`Second, changed ${unique()}.`),
      note: "Meanwhile",
      actor: editor.actor,
    });
    const results = await bulkFactAction({ action: "submit", items: [a, b], actor: editor.actor });
    expect(results).toMatchObject([
      { id: a.factId, ok: true, message: "Submitted for review", label: expect.stringMatching(/^First/) },
      { id: b.factId, ok: false, label: expect.stringMatching(/^Second, changed/) },
    ]);
    const states = await getDb().fact.findMany({ where: { id: { in: [a.factId, b.factId] } } });
    expect(Object.fromEntries(states.map((f) => [f.id, f.reviewState]))).toEqual({
      [a.factId]: "SUBMITTED",
      [b.factId]: "DRAFT",
    });
  });

  it("approves as a reviewer only, each through the publish rules, the rest published", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const good = await draft(relation.id, editor.actor, `Good ${unique()}.`);
    const held = await draft(relation.id, editor.actor, `Held ${unique()}.`);
    await getDb().factFlag.create({
      data: { factId: held.factId, rule: "MISSPELLED_PLACE", message: "Misspelt", excerpt: "Held" },
    });
    expect(await refusal(bulkFactAction({ action: "approve", items: [good], actor: editor.actor }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const results = await bulkFactAction({ action: "approve", items: [good, held], actor: reviewer.actor });
    expect(results).toMatchObject([
      { id: good.factId, ok: true, message: "Approved and published" },
      { id: held.factId, ok: false, message: expect.stringMatching(/unresolved flags/) },
    ]);
    const fact = await getDb().fact.findUniqueOrThrow({ where: { id: good.factId } });
    expect(fact.publishedRevisionId).toBe(good.revisionId);
  });

  it("adds ticked facts to a change-set, telling which are already in another one", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const a = await draft(relation.id, editor.actor, `Alpha ${unique()}.`);
    const b = await draft(relation.id, editor.actor, `Beta ${unique()}.`);
    const other = await openChangeSet({ title: `Other ${unique()}`, actor: editor.actor });
    await bulkFactAction({ action: "addToChangeSet", changeSetId: other.id, factIds: [b.factId], actor: editor.actor });
    const set = await openChangeSet({ title: `Bulk ${unique()}`, actor: editor.actor });
    const results = await bulkFactAction({
      action: "addToChangeSet",
      changeSetId: set.id,
      factIds: [a.factId, b.factId, "not-an-id"],
      actor: editor.actor,
    });
    expect(results).toMatchObject([
      { id: a.factId, ok: true, message: "Added to the change-set" },
      { id: b.factId, ok: false, message: expect.stringContaining(`already in the change-set “${other.title}”`) },
      { id: "not-an-id", ok: false, label: "(no such fact)" },
    ]);
    const again = await bulkFactAction({
      action: "addToChangeSet",
      changeSetId: set.id,
      factIds: [a.factId],
      actor: editor.actor,
    });
    expect(again).toMatchObject([{ ok: true, message: "Already in the change-set" }]);
    const items = await getDb().changeSetItem.findMany({ where: { changeSetId: set.id } });
    expect(items.map((i) => i.factId)).toEqual([a.factId]);
    expect(
      await refusal(
        bulkFactAction({ action: "addToChangeSet", changeSetId: set.id, factIds: [], actor: editor.actor }),
      ),
    ).toMatchObject({
      code: "INVALID",
      message: "factIds: Tick at least one fact",
    });
  });
});

describe("bulk actions on change-sets", () => {
  it("approves the others' change-sets and refuses the reviewer's own (four eyes), each said", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const submittedBy = async (actor: typeof editor.actor) => {
      const fact = await draft(relation.id, editor.actor, `Fact ${unique()}.`);
      const set = await openChangeSet({ title: `Bulk review ${unique()}`, actor });
      await stageFactEdit({
        changeSetId: set.id,
        factId: fact.factId,
        content: generalFact(`Proposed ${unique()}.`),
        note: "Bulk",
        actor,
      });
      await submitChangeSet({ changeSetId: set.id, actor });
      return set;
    };
    const theirs = await submittedBy(editor.actor);
    const mine = await submittedBy(reviewer.actor);
    const results = await bulkChangeSetAction({
      action: "approve",
      changeSetIds: [theirs.id, mine.id],
      actor: reviewer.actor,
    });
    expect(results).toMatchObject([
      { id: theirs.id, ok: true, label: theirs.title, message: "Approved" },
      { id: mine.id, ok: false, label: mine.title, message: expect.stringMatching(/four eyes/) },
    ]);
    const states = await getDb().changeSet.findMany({ where: { id: { in: [theirs.id, mine.id] } } });
    expect(Object.fromEntries(states.map((s) => [s.id, s.state]))).toEqual({
      [theirs.id]: "APPROVED",
      [mine.id]: "SUBMITTED",
    });
    // The deployment setting relaxes four eyes, for the bulk action as for the single one.
    const relaxed = await bulkChangeSetAction({
      action: "approve",
      changeSetIds: [mine.id],
      actor: reviewer.actor,
      allowSelfApproval: true,
    });
    expect(relaxed).toMatchObject([{ ok: true }]);
    expect(
      await refusal(bulkChangeSetAction({ action: "approve", changeSetIds: [theirs.id], actor: editor.actor })),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("submits ticked change-sets, refusing an empty one with the reason", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const fact = await draft(relation.id, editor.actor, `Fact ${unique()}.`);
    const full = await openChangeSet({ title: `Full ${unique()}`, actor: editor.actor });
    await stageFactEdit({
      changeSetId: full.id,
      factId: fact.factId,
      content: generalFact(`Proposed ${unique()}.`),
      note: "Bulk",
      actor: editor.actor,
    });
    const empty = await openChangeSet({ title: `Empty ${unique()}`, actor: editor.actor });
    const results = await bulkChangeSetAction({
      action: "submit",
      changeSetIds: [full.id, empty.id],
      actor: editor.actor,
    });
    expect(results).toMatchObject([
      { id: full.id, ok: true, message: "Submitted for review" },
      { id: empty.id, ok: false, message: "This change-set holds no change yet" },
    ]);
  });
});
