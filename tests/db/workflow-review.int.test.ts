import {
  approveFact,
  createFact,
  deleteFact,
  getFact,
  getFactForEditor,
  getPublicRelation,
  listFactRevisions,
  listReviewQueue,
  rejectFact,
  reviseFact,
  submitFact,
  unpublishFact,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { auditTypes, draftScenario, testAdmin, tradeFact } from "../setup/editor-factories";
import { createRelation, createUser, generalFact } from "../setup/factories";

const state = async (factId: string, actor: Parameters<typeof getFactForEditor>[0]["actor"]) =>
  (await getFactForEditor({ factId, actor })).reviewState;

describe("review workflow: draft → submitted → published", () => {
  it("takes a draft through submission and approval to the public site", async () => {
    const { relation, editor, reviewer, factId, revisionId } = await draftScenario(
      "Consulate opened in the port city.",
    );
    expect(await state(factId, editor.actor)).toBe("DRAFT");

    await submitFact({ factId, expectedRevisionId: revisionId, actor: editor.actor });
    expect(await state(factId, editor.actor)).toBe("SUBMITTED");
    expect((await listReviewQueue({ actor: reviewer.actor })).map((f) => f.id)).toContain(factId);

    await approveFact({ factId, expectedRevisionId: revisionId, actor: reviewer.actor });
    expect(await state(factId, editor.actor)).toBe("PUBLISHED");
    expect((await getPublicRelation({ slug: relation.slug })).facts.map((f) => f.statement)).toEqual([
      "Consulate opened in the port city.",
    ]);
    expect((await listReviewQueue({ actor: reviewer.actor })).map((f) => f.id)).not.toContain(factId);
    expect(await auditTypes(factId)).toEqual(["fact.created", "fact.submitted", "fact.published"]);
  });

  it("sends a rejected draft back with the reviewer's reason, and a new save makes it a draft again", async () => {
    const { editor, reviewer, factId, revisionId } = await draftScenario();
    await submitFact({ factId, expectedRevisionId: revisionId, actor: editor.actor });
    await rejectFact({ factId, expectedRevisionId: revisionId, reason: "Name the cities.", actor: reviewer.actor });
    const rejected = await getFactForEditor({ factId, actor: editor.actor });
    expect(rejected.reviewState).toBe("REJECTED");
    expect(rejected.reviewNote).toBe("Name the cities.");
    expect((await getFact({ factId })).published).toBeNull();

    await reviseFact({
      factId,
      expectedRevisionId: revisionId,
      content: generalFact("Embassies opened in Ankara and Ottawa."),
      note: "Named the cities",
      actor: editor.actor,
    });
    const revised = await getFactForEditor({ factId, actor: editor.actor });
    expect(revised.reviewState).toBe("DRAFT");
    expect(revised.reviewNote).toBeNull();
  });

  it("refuses to reject without a reason, or what was not submitted", async () => {
    const { editor, reviewer, factId, revisionId } = await draftScenario();
    await expect(
      rejectFact({ factId, expectedRevisionId: revisionId, reason: "  ", actor: reviewer.actor }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      rejectFact({ factId, expectedRevisionId: revisionId, reason: "No.", actor: reviewer.actor }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await state(factId, editor.actor)).toBe("DRAFT");
  });

  it("refuses to approve a revision other than the one the reviewer read", async () => {
    const { editor, reviewer, factId, revisionId } = await draftScenario();
    await submitFact({ factId, expectedRevisionId: revisionId, actor: editor.actor });
    await reviseFact({
      factId,
      expectedRevisionId: revisionId,
      content: generalFact("Changed after submission."),
      note: "Late change",
      actor: editor.actor,
    });
    await expect(approveFact({ factId, expectedRevisionId: revisionId, actor: reviewer.actor })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await getFact({ factId })).published).toBeNull();
  });

  it("unpublishes and deletes, keeping every revision", async () => {
    const { relation, reviewer, factId, revisionId } = await draftScenario();
    await approveFact({ factId, expectedRevisionId: revisionId, actor: reviewer.actor });
    await unpublishFact({ factId, actor: reviewer.actor });
    expect((await getPublicRelation({ slug: relation.slug })).facts).toHaveLength(0);
    expect(await state(factId, reviewer.actor)).toBe("DRAFT");
    await deleteFact({ factId, actor: reviewer.actor });
    expect((await getFactForEditor({ factId, actor: reviewer.actor })).deletedAt).not.toBeNull();
    expect(await listFactRevisions({ factId })).toHaveLength(1);
  });
});

describe("publish rules", () => {
  it("refuses to publish a fact without a source, naming the field", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    // Someone else writes the draft: nobody approves their own (four eyes).
    const { actor: author } = await createUser("EDITOR");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("Unsourced claim.", { sources: [] }),
      note: "n",
      actor: author,
    });
    const refused = await approveFact({ factId, expectedRevisionId: revision.id, actor }).catch((e) => e);
    expect(refused).toMatchObject({ code: "INVALID", details: { issues: [{ path: "sources" }] } });
    await expect(submitFact({ factId, expectedRevisionId: revision.id, actor })).rejects.toMatchObject({
      code: "INVALID",
    });
    expect((await getFact({ factId })).published).toBeNull();
  });

  it("refuses an amount that is not a number or not in a currency, and countries outside the pair", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    // Someone else writes the draft: nobody approves their own (four eyes).
    const { actor: author } = await createUser("EDITOR");
    const outsider = ["FR", "DE"].find((c) => c !== relation.countryAId && c !== relation.countryBId) as string;
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: tradeFact(relation, {
        partner: outsider,
        amount: { value: null, currency: "XYZ", unit: "MILLION", asReported: "about twelve million" },
      }),
      note: "n",
      actor: author,
    });
    const refused = await approveFact({ factId, expectedRevisionId: revision.id, actor }).catch((e) => e);
    expect(refused.code).toBe("INVALID");
    expect(refused.details.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      "data.amount.currency",
      "data.amount.value",
      "data.partner",
    ]);
    const shown = await getFactForEditor({ factId, actor });
    expect(shown.publishIssues.map((i) => i.path)).toContain("data.partner");
  });

  it("refuses an agreement in force before it was signed, or without both countries as parties", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    // Someone else writes the draft: nobody approves their own (four eyes).
    const { actor: author } = await createUser("EDITOR");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: {
        ...generalFact("An agreement on culture was signed."),
        kind: "AGREEMENT",
        section: "agreements",
        data: {
          title: "Agreement on cultural cooperation",
          signedOn: "2012-05",
          inForceOn: "2011",
          parties: [relation.countryAId, "FR"],
        },
      },
      note: "n",
      actor: author,
    });
    const refused = await approveFact({ factId, expectedRevisionId: revision.id, actor }).catch((e) => e);
    expect(refused.details.issues).toEqual(
      expect.arrayContaining([
        { path: "data.inForceOn", message: "Entered into force before it was signed" },
        { path: "data.parties", message: `${relation.countryBId} must be a party` },
      ]),
    );
  });

  it("publishes a valid trade figure", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    // Someone else writes the draft: nobody approves their own (four eyes).
    const { actor: author } = await createUser("EDITOR");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: tradeFact(relation),
      note: "n",
      actor: author,
    });
    await expect(approveFact({ factId, expectedRevisionId: revision.id, actor })).resolves.toMatchObject({
      changed: true,
    });
  });
});

describe("workflow permissions", () => {
  it("lets editors submit but not approve, reject, unpublish or delete", async () => {
    const { editor, reviewer, factId, revisionId } = await draftScenario();
    await submitFact({ factId, expectedRevisionId: revisionId, actor: editor.actor });
    const forbidden = { code: "FORBIDDEN" };
    await expect(approveFact({ factId, expectedRevisionId: revisionId, actor: editor.actor })).rejects.toMatchObject(
      forbidden,
    );
    await expect(
      rejectFact({ factId, expectedRevisionId: revisionId, reason: "x", actor: editor.actor }),
    ).rejects.toMatchObject(forbidden);
    await approveFact({ factId, expectedRevisionId: revisionId, actor: reviewer.actor });
    await expect(unpublishFact({ factId, actor: editor.actor })).rejects.toMatchObject(forbidden);
    await expect(deleteFact({ factId, actor: editor.actor })).rejects.toMatchObject(forbidden);
    expect((await getFact({ factId })).published).not.toBeNull();
  });

  it("lets admins do everything reviewers do", async () => {
    const { factId, revisionId } = await draftScenario();
    const admin = testAdmin;
    await approveFact({ factId, expectedRevisionId: revisionId, actor: admin });
    expect((await getFact({ factId })).published?.revisionId).toBe(revisionId);
  });

  it("answers NOT_FOUND or INVALID, never a crash, for ids that are not facts", async () => {
    const { actor } = await createUser("REVIEWER");
    await expect(
      approveFact({
        factId: "8d4c3f4e-0000-4000-8000-000000000000",
        expectedRevisionId: "8d4c3f4e-0000-4000-8000-000000000001",
        actor,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitFact({ factId: "nope", expectedRevisionId: "nope", actor })).rejects.toMatchObject({
      code: "INVALID",
    });
  });
});
