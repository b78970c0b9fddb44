/** What an error says of the database: that it came from it (or the way to it), and its SQLSTATE. */
export interface DatabaseFailure {
  /** PostgreSQL's five-character code ("22P02": bad input), when the database answered with one. */
  sqlState?: string;
  /** The database's own message (a trigger's RAISE text), when the driver adapter kept it. */
  message?: string;
}

type ErrorLike = {
  name?: string;
  message?: string;
  code?: unknown;
  /** The driver adapter's cause carries the database's code under this name. */
  originalCode?: unknown;
  originalMessage?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown } } };
};

const SQLSTATE = /^[0-9A-Z]{5}$/;
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|terminating connection|recovery|timeout exceeded when trying to connect/i;

/**
 * Whether an error came from the database or the way to it (Prisma, the pg driver, the network)
 * rather than from our code, with its SQLSTATE when there is one; null otherwise. One reading
 * for the replica fallback (client.ts: a failed replica is left out) and the API (class 22, a
 * value the database could not take, is the caller's bad input: 400, not 500).
 */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  let found = false;
  let sqlState: string | undefined;
  let message: string | undefined;
  for (let e = error as ErrorLike | undefined, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const prisma = /Prisma|DriverAdapter/.test(e.name ?? "");
    // Prisma's own codes ("P2002") look like SQLSTATEs: the database's code is in its meta.
    const codes = [e.meta?.driverAdapterError?.cause?.originalCode, e.originalCode, prisma ? undefined : e.code];
    const code = codes.find((c): c is string => typeof c === "string" && SQLSTATE.test(c));
    if (prisma || code || UNREACHABLE.test(e.message ?? "")) found = true;
    sqlState ??= code;
    // pg's own error (raw SQL outside Prisma) says the database's message as its message.
    const said = [
      e.meta?.driverAdapterError?.cause?.originalMessage,
      e.originalMessage,
      prisma ? undefined : code && e.message,
    ];
    message ??= said.find((m): m is string => typeof m === "string");
    e = e.cause as ErrorLike | undefined;
  }
  return found ? { sqlState, message } : null;
}

/**
 * A failure the same statement would meet on any server: class 22 (a value the database could
 * not take) and class 23 (a constraint, a trigger's refusal). It says nothing of the server that
 * answered, so a read replica that reports it is not failing (client.ts).
 */
export function blamesTheRequest(failure: DatabaseFailure): boolean {
  return /^2[23]/.test(failure.sqlState ?? "");
}
