import { checkOperationInput, type UncheckedOptions } from "../lib/define-operation";
import type { SqlTx } from "../tx";
import { lockForRevision, moveDraftPointer, reviseFact, revisionOptions } from "./revise-fact";
import { insertRevision } from "./write-revision";

/**
 * reviseFact for the editor's save, in a transaction on pg itself (inSqlTransaction): the same
 * role check, parse, lock, checks and writes, with the revision and its citations inserted in
 * one statement of raw SQL instead of Prisma's nested create (issue 21.4: Prisma was a quarter
 * of the editor's CPU per edit-and-publish). Answers with the ids only, all the save needs.
 */
export async function reviseFactOnPg(
  tx: SqlTx,
  options: UncheckedOptions<typeof reviseFact.input>,
): Promise<{ factId: string; revisionId: string; changed: boolean }> {
  const input = checkOperationInput(reviseFact, options);
  const { factId, expectedRevisionId } = input;
  const { fact, citations, unchanged } = await lockForRevision(tx, input);
  if (unchanged) return { factId, revisionId: expectedRevisionId, changed: false };
  const revision = await insertRevision(tx, revisionOptions(input, fact, options.actor), citations);
  await moveDraftPointer(tx, {
    factId,
    relationId: fact.relationId,
    revision,
    parentId: expectedRevisionId,
    actor: options.actor,
  });
  return { factId, revisionId: revision.id, changed: true };
}
