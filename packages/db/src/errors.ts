// The class and the input parse live in @dyad/core, so that the importer and the instant parser
// (which have no database) throw the same errors.
import { AppError } from "@dyad/core/errors";
import { Prisma } from "./generated/prisma/client";
import { type ProblemBody, problemBody } from "./http/problem-json";
import { databaseFailure } from "./lib/database-error";

export { AppError, type AppErrorCode, invalid, parseInput } from "@dyad/core/errors";

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found`);

/** Known database failures become typed errors; anything else is rethrown as is. */
export function fromDbError(error: unknown): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return new AppError("CONFLICT", "That already exists");
    if (error.code === "P2025") return new AppError("NOT_FOUND", "That record was not found");
  }
  const failure = databaseFailure(error);
  // restrict_violation: the history triggers (dyad_refuse_change) refused to change or remove a
  // row. Their message names the table and the operation, which is what the caller needs.
  if (failure?.sqlState === "23001") {
    return new AppError("CONFLICT", `History cannot be changed or removed: ${failure.message ?? "refused"}`);
  }
  // A unique key another write took first, or a transaction PostgreSQL gave up in a deadlock or
  // a serialization conflict: the same request may succeed when sent again. Raw SQL on pg (the
  // editor's hot writes, inSqlTransaction) raises these without Prisma's P2002.
  if (failure?.sqlState === "23505") return new AppError("CONFLICT", "That already exists");
  if (failure?.sqlState === "40001" || failure?.sqlState === "40P01") {
    return new AppError("CONFLICT", "Another change was saved at the same time: try again");
  }
  // Class 22 (data exception): a value the database could not take, i.e. bad input.
  if (failure?.sqlState?.startsWith("22")) {
    return new AppError("INVALID", "A value given is out of range or malformed");
  }
  return error;
}

/** An RFC 9457 problem body for any error; unknown errors never leak their message or stack. */
export function toProblem(error: unknown): { status: number; body: ProblemBody } {
  const known = fromDbError(error);
  if (known instanceof AppError) {
    return { status: known.status, body: problemBody(known.status, known.code, known.message, known.details) };
  }
  return { status: 500, body: problemBody(500, "INTERNAL", "Something went wrong") };
}
