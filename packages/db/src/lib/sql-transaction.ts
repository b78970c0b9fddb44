import { getPrimaryDb, poolOf } from "../client";
import type { SqlTx } from "../tx";
import { runAfterCommit } from "./after-commit";

/**
 * inTransaction on the primary's pg pool itself (the connections Prisma uses too), for the
 * editor's hottest writes: BEGIN (sent with `work`'s first statement), `work`, COMMIT, then the
 * effects `work` asked for after the commit, without the caller waiting (after-commit.ts), as
 * inTransaction does. Any failure rolls
 * back and is thrown as it came. Statements go through queryRows/execute (tx.ts), the same ones
 * the Prisma operations send.
 */
export async function inSqlTransaction<R>(
  work: (tx: SqlTx, afterCommit: (effect: () => Promise<unknown>) => void) => Promise<R>,
): Promise<R> {
  const effects: (() => Promise<unknown>)[] = [];
  const client = await poolOf(getPrimaryDb()).connect();
  let result: R;
  try {
    // Not awaited alone: on the pool's pipelined connections BEGIN goes out with `work`'s first
    // statement, one round trip for both. Awaited with `work`, so its failure is not lost.
    const begun = client.query("BEGIN");
    [, result] = await Promise.all([begun, work(client, (effect) => effects.push(effect))]);
    await client.query("COMMIT");
  } catch (error) {
    // A connection whose rollback fails is broken: the pool discards it instead of reusing it.
    const broken = await client.query("ROLLBACK").then(
      () => undefined,
      (rollback: Error) => rollback,
    );
    client.release(broken);
    throw error;
  }
  client.release();
  await runAfterCommit(effects);
  return result;
}
