import type { TCitationInput } from "@dyad/core/schemas/source";
import type { TSuggestion } from "@dyad/core/schemas/suggestion";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { reviseFact } from "../facts/revise-fact";
import { withdrawPublication } from "../facts/withdraw-publication";
import { hasRole, roleRefusal } from "../permissions";
import type { Tx } from "../tx";
import { currentContent } from "./current-content";

/**
 * A duplicated agreement merged into the one kept: the kept fact gains a revision citing the
 * duplicate's sources too (one source cited twice keeps both locators), and the duplicate is
 * deleted the way deleteFact deletes (its revisions stay, its publication is withdrawn).
 */
export async function mergeDuplicate(
  tx: Tx,
  options: { factId: string; into: string; suggestion: TSuggestion; actor: Actor },
) {
  const duplicate = await lockFact(tx, options.factId);
  const kept = await tx.fact.findFirst({
    where: { relationId: duplicate.relationId, importKey: options.into, deletedAt: null },
    select: { id: true },
  });
  if (!kept || kept.id === duplicate.id) {
    throw new AppError("CONFLICT", "The agreement to merge into no longer exists: edit by hand or dismiss the warning");
  }
  const target = await lockFact(tx, kept.id);
  if (!duplicate.currentRevisionId || !target.currentRevisionId) {
    throw new AppError("CONFLICT", "One of the two facts has no draft to merge");
  }
  // Withdrawing what readers see is a reviewer's act (as in deleteFact).
  if (duplicate.publishedRevisionId && !hasRole(options.actor, "REVIEWER")) throw roleRefusal("REVIEWER");
  const from = await currentContent(tx, duplicate.currentRevisionId);
  const into = await currentContent(tx, target.currentRevisionId);
  const revised = await reviseFact({
    factId: target.id,
    expectedRevisionId: into.revisionId,
    content: { ...into.content, sources: mergeCitations(into.content.sources ?? [], from.content.sources ?? []) },
    note: `Applied suggestion ${options.suggestion.kind}: merged the duplicate mention “${from.content.statement.slice(0, 200)}” into this agreement, keeping its citations`,
    actor: options.actor,
    tx,
  });
  const wasPublished = duplicate.publishedRevisionId !== null;
  if (wasPublished) await withdrawPublication(tx, duplicate, options.actor);
  await tx.fact.update({ where: { id: duplicate.id }, data: { deletedAt: new Date() } });
  await writeAuditEvent(tx, {
    actor: options.actor,
    factId: duplicate.id,
    relationId: duplicate.relationId,
    event: { type: "fact.deleted", payload: { wasPublished } },
  });
  return { revisionId: revised.changed ? revised.revision.id : null, mergedIntoFactId: target.id };
}

/** Both lists of citations, one per source; a source in both keeps both locators. */
export function mergeCitations(kept: TCitationInput[], added: TCitationInput[]): TCitationInput[] {
  const merged = kept.map((c) => ({ ...c }));
  for (const citation of added) {
    const same = citation.sourceId ? merged.find((c) => c.sourceId === citation.sourceId) : undefined;
    if (!same) merged.push(citation);
    else if (citation.locator && same.locator !== citation.locator) {
      same.locator = (same.locator ? `${same.locator}; ${citation.locator}` : citation.locator).slice(0, 300);
    }
  }
  return merged;
}
