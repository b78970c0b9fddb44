import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { type TFactContentInput, ZFactContent, ZNote, ZUuid } from "../schemas/fact";
import { resolveCitations } from "../sources/resolve-citations";
import type { Tx } from "../tx";
import { lockFact } from "./lock-fact";
import { revisionContentHash, writeRevision } from "./write-revision";

export interface ReviseFactOptions {
  factId: string;
  /** The revision the editor started from; a save based on an older one is refused (CONFLICT). */
  expectedRevisionId: string;
  content: TFactContentInput;
  note: string;
  actor: Actor;
  tx?: Tx;
}

/**
 * Save a new draft revision of a fact. The old revision stays untouched; the draft pointer
 * moves to the new one in the same transaction. Saving what the draft already says changes
 * nothing and returns `changed: false`.
 */
export async function reviseFact(options: ReviseFactOptions) {
  assertRole(options.actor, "EDITOR");
  const factId = parseInput(ZUuid, options.factId);
  const expectedRevisionId = parseInput(ZUuid, options.expectedRevisionId);
  const content = parseInput(ZFactContent, options.content);
  const note = parseInput(ZNote, options.note);

  const run = async (tx: Tx) => {
    const fact = await lockFact(tx, factId, expectedRevisionId);
    if (content.kind !== fact.kind) {
      throw new AppError("INVALID", `kind: this fact is a ${fact.kind} and stays one; create a new fact instead`);
    }
    const current = await tx.factRevision.findUniqueOrThrow({ where: { id: expectedRevisionId } });
    const citations = await resolveCitations(tx, content.sources);
    if (revisionContentHash(content, citations) === current.contentHash) {
      return { factId, revision: current, changed: false };
    }
    // The next free number: a change-set's proposal (change-sets/stage-fact-edit.ts) may be numbered above the draft.
    const last = await tx.factRevision.aggregate({ where: { factId }, _max: { number: true } });
    const revision = await writeRevision(tx, {
      factId,
      number: (last._max.number ?? current.number) + 1,
      parentId: current.id,
      content,
      note,
      actor: options.actor,
    });
    await tx.fact.update({
      where: { id: factId },
      data: { currentRevisionId: revision.id, reviewState: "DRAFT", reviewNote: null },
    });
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId,
      relationId: fact.relationId,
      event: {
        type: "fact.revised",
        payload: { revisionId: revision.id, parentId: current.id, number: revision.number },
      },
    });
    return { factId, revision, changed: true };
  };
  return options.tx ? run(options.tx) : getDb().$transaction(run);
}
