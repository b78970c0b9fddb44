// The class and the input parse live in @dyad/core, so that the importer and the instant parser
// (which have no database) throw the same errors.
import { AppError } from "@dyad/core/errors";
import { Prisma } from "./generated/prisma/client";
import { type ProblemBody, problemBody } from "./http/problem-json";

export { AppError, type AppErrorCode, invalid, parseInput } from "@dyad/core/errors";

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found`);

/** Known database failures become typed errors; anything else is rethrown as is. */
export function fromDbError(error: unknown): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return new AppError("CONFLICT", "That already exists");
    if (error.code === "P2025") return new AppError("NOT_FOUND", "That record was not found");
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
