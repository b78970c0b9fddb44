// The class lives in @dyad/core, so that the importer (which has no database) throws the same one.
import { AppError } from "@dyad/core/errors";
import type { z } from "zod";
import { Prisma } from "./generated/prisma/client";
import { type ProblemBody, problemBody } from "./http/problem-json";

export { AppError, type AppErrorCode } from "@dyad/core/errors";

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found`);

export function invalid(error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  return new AppError("INVALID", first ? `${first.path || "input"}: ${first.message}` : "Invalid input", {
    issues,
  });
}

/** Parse input with a shared schema, turning a failure into an INVALID AppError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(result.error);
  return result.data;
}

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
