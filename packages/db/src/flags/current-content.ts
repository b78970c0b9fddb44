import type { TFactContentInput } from "@dyad/core/schemas/fact";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import type { Tx } from "../tx";

/** A fact's latest draft as content to revise, with the revision it is. */
export async function currentContent(
  tx: Tx,
  revisionId: string,
): Promise<{ revisionId: string; content: TFactContentInput }> {
  const revision = await tx.factRevision.findUniqueOrThrow({ where: { id: revisionId }, select: revisionSelect });
  return { revisionId, content: toContentInput(toRevisionView(revision)) };
}
