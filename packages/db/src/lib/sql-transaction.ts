import { getPrimaryDb, poolOf } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { type AnyTx, execute, onPrisma, type SqlTx } from "../tx";
import { runAfterCommit } from "./after-commit";

/** Per open inSqlTransaction: what its statements sent along (executeAlong) answered, null or the failure. */
const sentAlong = new WeakMap<SqlTx, Promise<Error | null>[]>();

/**
 * inTransaction on the primary's pg pool itself (the connections Prisma uses too), for the
 * editor's hottest writes: BEGIN (sent with `work`'s first statement), `work`, COMMIT once every
 * statement sent along has answered, then the effects `work` asked for after the commit, without
 * the caller waiting (after-commit.ts), as inTransaction does. Any failure rolls back and is
 * thrown as it came. Statements go through queryRows/execute (tx.ts), the same ones the Prisma
 * operations send.
 */
export async function inSqlTransaction<R>(
  work: (tx: SqlTx, afterCommit: (effect: () => Promise<unknown>) => void) => Promise<R>,
): Promise<R> {
  const effects: (() => Promise<unknown>)[] = [];
  const client = await poolOf(getPrimaryDb()).connect();
  const along: Promise<Error | null>[] = [];
  sentAlong.set(client, along);
  let result: R;
  try {
    // Not awaited alone: on the pool's pipelined connections BEGIN goes out with `work`'s first
    // statement, one round trip for both. Awaited with `work`, so its failure is not lost.
    const begun = client.query("BEGIN");
    [, result] = await Promise.all([begun, work(client, (effect) => effects.push(effect))]);
    const failed = await firstFailure(along);
    if (failed) throw failed;
    await client.query("COMMIT");
  } catch (error) {
    // A statement sent along that failed aborted the transaction: the statements after it
    // only say so (25P02), so its own failure is the one to tell.
    const cause = (isAbortedTransaction(error) && (await firstFailure(along))) || error;
    // A connection whose rollback fails is broken: the pool discards it instead of reusing it.
    const broken = await client.query("ROLLBACK").then(
      () => undefined,
      (rollback: Error) => rollback,
    );
    sentAlong.delete(client);
    client.release(broken);
    throw cause;
  }
  sentAlong.delete(client);
  client.release();
  await runAfterCommit(effects);
  return result;
}

/**
 * A write whose answer the caller does not need, sent now without waiting for it: in an
 * inSqlTransaction the statements after it go out behind it on the pipelined connection (one
 * round trip for several), and the transaction waits for its answer before COMMIT, rolling back
 * if it failed. Anywhere else (Prisma, a plain connection) it is executed and awaited as usual.
 */
export async function executeAlong(tx: AnyTx, statement: Prisma.Sql): Promise<void> {
  const along = onPrisma(tx) ? undefined : sentAlong.get(tx);
  if (!along) {
    await execute(tx, statement);
    return;
  }
  // Settled here, at once: a failure waits for the transaction without being "unhandled".
  along.push(
    (tx as SqlTx).query({ text: statement.text, values: statement.values }).then(
      () => null,
      (error: Error) => error,
    ),
  );
}

async function firstFailure(along: Promise<Error | null>[]): Promise<Error | null> {
  return (await Promise.all(along)).find((failure) => failure !== null) ?? null;
}

/** PostgreSQL's "current transaction is aborted": a statement sent after one that failed. */
function isAbortedTransaction(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "25P02";
}
