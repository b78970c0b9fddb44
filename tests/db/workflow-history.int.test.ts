import {
  applyMerge,
  createFact,
  diffRevisions,
  getFact,
  listFactRevisions,
  planMerge,
  restoreRevision,
  reviseFact,
  type TFactContentInput,
  toContentInput,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { auditTypes, draftScenario, tradeFact } from "../setup/editor-factories";
import { createRelation, createUser, generalFact } from "../setup/factories";

describe("diffs between revisions", () => {
  it("lists what changed field by field, with the words of a changed statement", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const base = tradeFact(relation);
    const { factId, revision: r1 } = await createFact({ relationId: relation.id, content: base, note: "n", actor });
    const { revision: r2 } = await reviseFact({
      factId,
      expectedRevisionId: r1.id,
      content: {
        ...base,
        statement: "Trade between the two countries reached 14 million US dollars.",
        validTime: { start: "2020" },
        data: { ...base.data, amount: { ...base.data.amount, value: 14, asReported: "$14 million" } },
        sources: [],
      },
      note: "New figure",
      actor,
    });
    const { changes } = await diffRevisions({ factId, fromRevisionId: r1.id, toRevisionId: r2.id, actor });
    const byPath = Object.fromEntries(changes.map((c) => [c.path.join("."), c]));
    expect(byPath["data.amount.value"]).toMatchObject({ type: "changed", before: 12.5, after: 14 });
    expect(byPath["validTime.start"]).toMatchObject({ before: "2019", after: "2020" });
    expect(byPath["sources.Trade statistics"]).toMatchObject({ type: "removed" });
    const words = byPath.statement?.words ?? [];
    expect(words.filter((w) => w.removed).map((w) => w.value.trim())).toContain("12.5");
    expect(words.filter((w) => w.added).map((w) => w.value.trim())).toContain("14");
    expect(byPath.section).toBeUndefined();
  });

  it("refuses revisions of another fact", async () => {
    const a = await draftScenario();
    const b = await draftScenario();
    await expect(
      diffRevisions({
        factId: a.factId,
        fromRevisionId: a.revisionId,
        toRevisionId: b.revisionId,
        actor: a.editor.actor,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("restoring an old revision", () => {
  it("brings old content back as a new draft revision, keeping everything in between", async () => {
    const { editor, factId, revisionId: r1 } = await draftScenario("The first wording.");
    const { revision: r2 } = await reviseFact({
      factId,
      expectedRevisionId: r1,
      content: generalFact("A worse wording."),
      note: "Reworded",
      actor: editor.actor,
    });
    const { revision: r3 } = await restoreRevision({
      factId,
      revisionId: r1,
      expectedRevisionId: r2.id,
      note: "The first was better",
      actor: editor.actor,
    });
    const history = await listFactRevisions({ factId });
    expect(history.map((r) => [r.number, r.statement])).toEqual([
      [1, "The first wording."],
      [2, "A worse wording."],
      [3, "The first wording."],
    ]);
    expect(history[2]?.note).toBe("Restored revision 1: The first was better");
    expect(history[2]?.parentId).toBe(r2.id);
    expect((await getFact({ factId })).draft?.revisionId).toBe(r3.id);
    expect(await auditTypes(factId)).toEqual(["fact.created", "fact.revised", "fact.revised", "fact.restored"]);
  });

  it("refuses a restore based on a stale draft, and one that changes nothing", async () => {
    const { editor, factId, revisionId: r1 } = await draftScenario("One.");
    const { revision: r2 } = await reviseFact({
      factId,
      expectedRevisionId: r1,
      content: generalFact("Two."),
      note: "n",
      actor: editor.actor,
    });
    await expect(
      restoreRevision({ factId, revisionId: r1, expectedRevisionId: r1, note: "back", actor: editor.actor }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { currentRevisionId: r2.id } });
    await expect(
      restoreRevision({ factId, revisionId: r2.id, expectedRevisionId: r2.id, note: "same", actor: editor.actor }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      restoreRevision({ factId, revisionId: r1, expectedRevisionId: r2.id, note: " ", actor: editor.actor }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await listFactRevisions({ factId })).toHaveLength(2);
  });
});

describe("merging concurrent edits", () => {
  it("takes each side's own changes and asks only about fields both changed", async () => {
    const relation = await createRelation();
    const { actor: alice } = await createUser("EDITOR");
    const { actor: bob } = await createUser("EDITOR");
    const content = tradeFact(relation);
    const { factId, revision: base } = await createFact({ relationId: relation.id, content, note: "n", actor: alice });
    // Bob saves first: a new date and a new statement.
    const { revision: theirs } = await reviseFact({
      factId,
      expectedRevisionId: base.id,
      content: { ...content, validTime: { start: "2021" }, statement: "Bob's statement." },
      note: "Bob",
      actor: bob,
    });
    // Alice, still on the base, changes the flow and the statement: refused.
    const mine: TFactContentInput = {
      ...content,
      data: { ...content.data, flow: "EXPORTS" },
      statement: "Alice's statement.",
    };
    await expect(
      reviseFact({ factId, expectedRevisionId: base.id, content: mine, note: "Alice", actor: alice }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { currentRevisionId: theirs.id } });

    const current = (await getFact({ factId })).draft;
    const baseView = (await listFactRevisions({ factId }))[0];
    if (!current || !baseView) throw new Error("missing revisions");
    const plan = planMerge(toContentInput(baseView), mine, toContentInput(current));
    const status = Object.fromEntries(plan.map((f) => [f.key, f.status]));
    expect(status).toMatchObject({
      statement: "both",
      validTime: "theirs",
      "data.flow": "mine",
      "data.amount": "same",
      section: "same",
    });

    const merged = applyMerge(mine, toContentInput(current), { validTime: "theirs", statement: "mine" });
    const saved = await reviseFact({
      factId,
      expectedRevisionId: current.revisionId,
      content: merged,
      note: "Merged",
      actor: alice,
    });
    const draft = (await getFact({ factId })).draft;
    expect(draft?.revisionId).toBe(saved.revision.id);
    expect(draft?.statement).toBe("Alice's statement.");
    expect(draft?.validTime.start).toBe("2021");
    expect(draft?.data.flow).toBe("EXPORTS");
  });
});
