import { ZFactContent } from "@dyad/core/schemas/fact";
import { AppError, notFound } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { type Citation, type RevisionRow, revisionJson } from "../read-model/revision-row";
import { revisionView, toContentInput } from "../read-model/revision-view";
import { notRedacted } from "../redactions/not-redacted";
import { type AnyTx, queryRows } from "../tx";
import type { FieldIssue } from "./publish-rules";

/**
 * A fact's latest draft as content, with its relation's pair and whether its text was withdrawn
 * (a takedown), read inside the caller's transaction in one statement: the revision, its
 * citations, its redaction and the relation (they were four round trips, issue 21.4).
 */
export async function loadDraftContent(
  tx: AnyTx,
  fact: { id: string; relationId: string; currentRevisionId: string | null },
) {
  if (!fact.currentRevisionId) throw new AppError("INVALID", "This fact has no draft");
  const [row] = await queryRows<{
    revision: RevisionRow & { sources: Citation[] };
    redacted: boolean;
    country_a: string;
    country_b: string;
  }>(
    tx,
    Prisma.sql`SELECT ${revisionJson} AS revision, NOT ${notRedacted("r.id")} AS redacted, rel.country_a, rel.country_b
                 FROM fact_revision r JOIN relation rel ON rel.id = ${fact.relationId}::uuid
                WHERE r.id = ${fact.currentRevisionId}::uuid`,
  );
  if (!row) throw notFound("Revision");
  const view = revisionView(row.revision);
  const content = ZFactContent.parse(toContentInput(view));
  const pair = [row.country_a, row.country_b] as const;
  return { view, content, pair, redacted: row.redacted };
}

/** Refuse with every failing rule, by field, so the form can show each beside its field. */
export function assertPublishable(issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  throw new AppError("INVALID", `This fact cannot be published yet: ${issues.map((i) => i.message).join("; ")}`, {
    issues,
    rule: "publish",
  });
}
