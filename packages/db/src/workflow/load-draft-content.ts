import { ZFactContent } from "@dyad/core/schemas/fact";
import { AppError } from "../errors";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import type { Tx } from "../tx";
import type { FieldIssue } from "./publish-rules";

/**
 * A fact's latest draft as content, with its relation's pair and whether its text was withdrawn
 * (a takedown), read inside the caller's transaction.
 */
export async function loadDraftContent(
  tx: Tx,
  fact: { id: string; relationId: string; currentRevisionId: string | null },
) {
  if (!fact.currentRevisionId) throw new AppError("INVALID", "This fact has no draft");
  const [revision, relation] = await Promise.all([
    tx.factRevision.findUniqueOrThrow({
      where: { id: fact.currentRevisionId },
      select: { ...revisionSelect, redaction: { select: { at: true } } },
    }),
    tx.relation.findUniqueOrThrow({ where: { id: fact.relationId }, select: { countryAId: true, countryBId: true } }),
  ]);
  const view = toRevisionView(revision);
  const content = ZFactContent.parse(toContentInput(view));
  const pair = [relation.countryAId, relation.countryBId] as const;
  return { view, content, pair, redacted: revision.redaction !== null };
}

/** Refuse with every failing rule, by field, so the form can show each beside its field. */
export function assertPublishable(issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  throw new AppError("INVALID", `This fact cannot be published yet: ${issues.map((i) => i.message).join("; ")}`, {
    issues,
    rule: "publish",
  });
}
