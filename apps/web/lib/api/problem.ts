import { databaseFailure, type ProblemBody, problemBody, problemJson, toProblem } from "@dyad/db";
import { ZodError } from "zod";
import { notFoundTitle } from "./problem-titles";

/**
 * An HTTP-level failure that is not a domain error: 405, 406, 413, 415, 428, 429 and the like.
 * `code` is the machine-readable name (the problem's `code`); its title for people comes with
 * the code from the problem factory unless `title` says it better for this case.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
    readonly title?: string,
  ) {
    super(detail);
    this.name = "HttpProblem";
  }
}

/**
 * Any error as an RFC 9457 problem+json response. Domain errors keep their message (written for
 * the caller); anything unexpected is logged on the server and answered with a generic 500,
 * never its message or stack.
 */
export function problemResponse(error: unknown, instance: string): Response {
  let status: number;
  let body: ProblemBody;
  const headers: Record<string, string> = {};
  if (error instanceof HttpProblem) {
    status = error.status;
    body = problemBody(status, error.code, error.message, error.extra);
    if (error.title) body.title = error.title;
    Object.assign(headers, error.headers);
  } else if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    status = 400;
    body = problemBody(status, "INVALID", `${issues[0]?.path || "input"}: ${issues[0]?.message}`, { issues });
  } else if (databaseFailure(error)?.sqlState?.startsWith("22")) {
    // SQLSTATE class 22 (data exception): a value the database could not take, i.e. bad input.
    status = 400;
    body = problemBody(status, "INVALID", "A value given is out of range or malformed");
  } else {
    ({ status, body } = toProblem(error));
    if (status >= 500) console.error(`${instance}:`, error);
  }
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="dyad"';
  if (body.code === "NOT_FOUND" && !(error instanceof HttpProblem && error.title)) {
    body.title = notFoundTitle(instance) ?? body.title;
  }
  return problemJson({ ...body, instance }, headers);
}
