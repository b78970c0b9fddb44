import { ZFactContent, ZUuid } from "@dyad/core/schemas/fact";
import { notFound } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import { checkPublishRules } from "./publish-rules";

/**
 * Everything the fact page shows: the latest draft and what the public sees, the review state
 * (and a rejection's reason), the relation's pair, open data-quality flags, and which publish
 * rules the draft fails now, by field.
 */
export const getFactForEditor = defineOperation({
  minRole: "EDITOR",
  input: { factId: ZUuid },
  transaction: false,
  async run({ input: { factId }, tx }) {
    const fact = await tx.fact.findUnique({
      where: { id: factId },
      include: {
        currentRevision: { select: revisionSelect },
        publishedRevision: { select: revisionSelect },
        relation: {
          select: {
            id: true,
            slug: true,
            countryA: { select: { code: true, name: true } },
            countryB: { select: { code: true, name: true } },
          },
        },
        flags: {
          where: { resolvedAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, rule: true, message: true, excerpt: true, payload: true, createdAt: true },
        },
      },
    });
    if (!fact) throw notFound("Fact");
    const draft = fact.currentRevision ? toRevisionView(fact.currentRevision) : null;
    const { countryA, countryB } = fact.relation;
    const content = draft ? ZFactContent.safeParse(toContentInput(draft)) : null;
    return {
      id: fact.id,
      kind: fact.kind,
      reviewState: fact.reviewState,
      reviewNote: fact.reviewNote,
      deletedAt: fact.deletedAt?.toISOString() ?? null,
      relation: { id: fact.relation.id, slug: fact.relation.slug, countries: [countryA, countryB] as const },
      draft,
      published: fact.publishedRevision ? toRevisionView(fact.publishedRevision) : null,
      flags: fact.flags.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
      publishIssues: content?.success ? checkPublishRules(content.data, [countryA.code, countryB.code]) : [],
    };
  },
});
export type EditorFact = Awaited<ReturnType<typeof getFactForEditor>>;
