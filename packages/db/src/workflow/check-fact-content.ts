import { ZFactContent, ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { notFound } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { formatValidTime } from "../lib/format-valid-time";
import { checkPublishRules, type FieldIssue } from "./publish-rules";
import { checkSentenceAgreement } from "./sentence-agreement";

/**
 * Check unsaved content as the editor types: the schema's problems (it could not be saved),
 * the publish rules' problems (it could be saved but not published), where its fields disagree
 * with its sentence, and how it will read on the public site. Writes nothing.
 */
export const checkFactContent = defineOperation({
  minRole: "EDITOR",
  // The content is checked below, where its problems are the answer rather than a refusal.
  input: { relationId: ZUuid, content: z.unknown() },
  transaction: false,
  async run({ input: { relationId, content: given }, tx }) {
    const relation = await tx.relation.findUnique({
      where: { id: relationId },
      select: { countryAId: true, countryBId: true },
    });
    if (!relation) throw notFound("Relation");
    const parsed = ZFactContent.safeParse(given);
    if (!parsed.success) {
      const issues: FieldIssue[] = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      return { valid: false as const, issues, publishIssues: [] as FieldIssue[], sentenceWarnings: [], preview: null };
    }
    const content = parsed.data;
    const sourceIds = content.sources.flatMap((c) => (c.sourceId ? [c.sourceId] : []));
    const known = await tx.source.findMany({
      where: { id: { in: sourceIds } },
      select: { id: true, title: true, url: true, publisher: true },
    });
    const sources = content.sources.flatMap((c) => {
      const s = c.sourceId ? known.find((k) => k.id === c.sourceId) : c.source;
      return s
        ? [{ title: s.title, url: s.url ?? null, publisher: s.publisher ?? null, locator: c.locator ?? null }]
        : [];
    });
    return {
      valid: true as const,
      issues: [] as FieldIssue[],
      publishIssues: checkPublishRules(content, [relation.countryAId, relation.countryBId]),
      /** Where the fields disagree with the sentence (shown to the editor and to the reviewer). */
      sentenceWarnings: checkSentenceAgreement(content),
      preview: {
        section: content.section,
        date: formatValidTime({
          start: content.validTime.start,
          end: content.validTime.end === undefined ? content.validTime.start : content.validTime.end,
        }),
        statement: content.statement,
        sources,
      },
    };
  },
});
