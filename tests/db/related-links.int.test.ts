import { ZApiRelationDetail } from "@dyad/api-contract";
import { getApiRelation, getDb, getPublicRelation, importArticle, SYSTEM_ACTOR } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { articleForFreshPair } from "../setup/editor-factories";

describe("an article's navigation becomes links of the relation, not facts", () => {
  it("on the seeded start, the See also list is the relation's links and no fact", async () => {
    const { relation, facts } = await getPublicRelation({ slug: "azerbaijan-canada" });
    expect(relation.relatedLinks.map((l) => [l.title, l.kind])).toEqual([
      ["Foreign relations of Azerbaijan", "SEE_ALSO"],
      ["Foreign relations of Canada", "SEE_ALSO"],
      ["Azerbaijan-NATO relations", "SEE_ALSO"],
      ["Azerbaijani Canadians", "SEE_ALSO"],
    ]);
    expect(facts.filter((f) => f.statement === "Foreign relations of Canada")).toEqual([]);
    const drafts = await getDb().fact.count({
      where: { relationId: relation.id, importKey: { startsWith: "see-also/" } },
    });
    expect(drafts).toBe(0);
  });

  it("reads external links with their address and category lines, audits a change once", async () => {
    const { relation, text } = await articleForFreshPair();
    const article = `${text}\n== External links ==\n* Embassy website https://example.org/embassy\n\n[[Category:Bilateral relations]]\n`;
    await importArticle({ text: article, actor: SYSTEM_ACTOR });
    await importArticle({ text: article, actor: SYSTEM_ACTOR });
    const { relation: read, facts } = await getPublicRelation({ slug: relation.slug });
    expect(read.relatedLinks).toEqual([
      { title: "Embassy website", kind: "EXTERNAL", url: "https://example.org/embassy" },
      { title: "Bilateral relations", kind: "CATEGORY" },
    ]);
    expect(facts).toEqual([]);
    const drafts = await getDb().fact.findMany({
      where: { relationId: relation.id },
      include: { currentRevision: true },
    });
    expect(drafts.map((f) => f.currentRevision?.statement).join("\n")).not.toMatch(/Embassy website|Category/);
    const audited = await getDb().auditEvent.count({
      where: { relationId: relation.id, type: "relation.links_imported" },
    });
    expect(audited).toBe(1);
  });
});

describe("the API's relation answer", () => {
  it("gives the relation's related links, as the OpenAPI schema describes them", async () => {
    const detail = ZApiRelationDetail.parse(await getApiRelation({ slug: "azerbaijan-canada" }));
    expect(detail.data.relatedLinks.map((l) => [l.title, l.kind])).toEqual([
      ["Foreign relations of Azerbaijan", "SEE_ALSO"],
      ["Foreign relations of Canada", "SEE_ALSO"],
      ["Azerbaijan-NATO relations", "SEE_ALSO"],
      ["Azerbaijani Canadians", "SEE_ALSO"],
    ]);
  });
});
