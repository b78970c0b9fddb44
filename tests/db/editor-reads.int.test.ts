import {
  type Actor,
  checkFactContent,
  diffRevisions,
  getFactForEditor,
  getRelationForEditor,
  listMyDrafts,
  listQualityWarnings,
  listRecentChanges,
  listReviewQueue,
  searchRelations,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { draftScenario, tradeFact } from "../setup/editor-factories";
import { createRelation, createUser, generalFact } from "../setup/factories";

describe("checking content as the editor types", () => {
  it("previews a valid fact as the public site will read it, with what stands in the way of publishing", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const check = await checkFactContent({
      relationId: relation.id,
      content: tradeFact(relation, { partner: relation.countryAId }),
      actor,
    });
    expect(check.valid).toBe(true);
    expect(check.preview).toMatchObject({
      section: "economy",
      date: "2019",
      sources: [{ title: "Trade statistics", url: expect.stringMatching(/^https:/) }],
    });
    expect(check.publishIssues).toEqual([{ path: "data.partner", message: "Must be the other country of the pair" }]);
  });

  it("names the fields that would stop a save, and writes nothing", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const check = await checkFactContent({
      relationId: relation.id,
      content: generalFact("", {
        validTime: { start: "2015-02-30" },
        sources: [{ source: { url: "ftp://x", title: "x" } }],
      }),
      actor,
    });
    expect(check.valid).toBe(false);
    expect(check.issues.map((i) => i.path).sort()).toEqual(["sources.0.source.url", "statement", "validTime.start"]);
    expect(check.preview).toBeNull();
  });
});

describe("editor reads need a role", () => {
  it("refuses an actor without one, for every read", async () => {
    const { relation, factId, revisionId } = await draftScenario();
    const nobody = { id: null, name: "Nobody", role: "VISITOR" } as unknown as Actor;
    const reads = [
      () => getFactForEditor({ factId, actor: nobody }),
      () => getRelationForEditor({ slug: relation.slug, actor: nobody }),
      () => searchRelations({ query: "", actor: nobody }),
      () => listMyDrafts({ actor: nobody }),
      () => listReviewQueue({ actor: nobody }),
      () => listRecentChanges({ actor: nobody }),
      () => listQualityWarnings({ actor: nobody }),
      () => checkFactContent({ relationId: relation.id, content: generalFact("x"), actor: nobody }),
      () => diffRevisions({ factId, fromRevisionId: revisionId, toRevisionId: revisionId, actor: nobody }),
    ];
    for (const read of reads) await expect(read()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
