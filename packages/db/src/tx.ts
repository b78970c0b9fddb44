import type pg from "pg";
import type { Prisma } from "./generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * A transaction on the primary's pg pool itself, no Prisma on the path (lib/sql-transaction.ts):
 * the editor's save and approve, where Prisma's cost per statement was larger than the
 * statement's (issue 21.4, BENCHMARKS.md "without Prisma on the path").
 */
export type SqlTx = pg.PoolClient;

/** Either transaction: the statements shared by the Prisma operations and the pg ones. */
export type AnyTx = Tx | SqlTx;

/** Whether `db` is a Prisma transaction (or client) rather than a pg connection. */
export function onPrisma(db: AnyTx): db is Tx {
  return "$queryRaw" in db;
}

/** The rows of one statement, in whichever transaction `db` is. */
export async function queryRows<Row>(db: AnyTx, statement: Prisma.Sql): Promise<Row[]> {
  if (onPrisma(db)) return db.$queryRaw<Row[]>(statement);
  return (await db.query<Row & pg.QueryResultRow>({ text: statement.text, values: statement.values })).rows;
}

/** One statement that returns no rows; how many rows it changed. */
export async function execute(db: AnyTx, statement: Prisma.Sql): Promise<number> {
  if (onPrisma(db)) return db.$executeRaw(statement);
  return (await db.query({ text: statement.text, values: statement.values })).rowCount ?? 0;
}
