import type { TApiDraft } from "@dyad/api-contract";
import { ZFactContent } from "@dyad/core/schemas/fact";
import { getDb } from "../client";
import { notFound } from "../errors";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import type { Tx } from "../tx";
import { checkPublishRules } from "../workflow/publish-rules";

/** A fact's latest draft as its editors see it through the API (for its If-Match revision id). */
export async function loadDraft(factId: string, db: Tx = getDb()): Promise<TApiDraft> {
  const fact = await db.fact.findUnique({
    where: { id: factId },
    select: {
      deletedAt: true,
      reviewState: true,
      publishedRevisionId: true,
      relation: { select: { slug: true, countryAId: true, countryBId: true } },
      currentRevision: { select: revisionSelect },
    },
  });
  if (!fact || fact.deletedAt || !fact.currentRevision) throw notFound("Fact");
  const view = toRevisionView(fact.currentRevision);
  const content = ZFactContent.safeParse(toContentInput(view));
  const pair = [fact.relation.countryAId, fact.relation.countryBId] as const;
  return {
    data: {
      factId: view.factId,
      relation: fact.relation.slug,
      revisionId: view.revisionId,
      revision: view.number,
      reviewState: fact.reviewState,
      publishedRevisionId: fact.publishedRevisionId,
      kind: view.kind,
      section: view.section,
      statement: view.statement,
      data: view.data,
      validTime: view.validTime,
      sources: view.sources.map((s) => ({ ...s, kind: s.kind, locator: s.locator ?? null })),
      note: view.note,
      createdAt: view.createdAt,
      publishIssues: content.success ? checkPublishRules(content.data, pair) : [],
    },
  };
}
