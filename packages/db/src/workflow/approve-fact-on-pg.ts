import { checkOperationInput, type UncheckedOptions } from "../lib/define-operation";
import type { SqlTx } from "../tx";
import { approve, approveFact } from "./approve-fact";

/**
 * approveFact for the editor's approve, in a transaction on pg itself (inSqlTransaction): the
 * same role check, parse, lock, four eyes, flags, rules and publish, every statement raw SQL
 * (issue 21.4). `afterCommit`: the transaction's, which tells the public site after the commit.
 */
export async function approveFactOnPg(
  tx: SqlTx,
  options: UncheckedOptions<typeof approveFact.input>,
  afterCommit: (effect: () => Promise<unknown>) => void,
) {
  const input = checkOperationInput(approveFact, options);
  return approve({ tx, actor: options.actor, input, afterCommit });
}
