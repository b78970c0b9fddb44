/**
 * The one shape of an RFC 9457 problem+json answer, for every place that answers one: the API
 * (apps/web/lib/api/problem.ts), the revalidation route, both proxies and the request limits
 * here. Dependency-free: proxies load it on every request they see.
 *
 * A problem names itself twice: `code`, the machine-readable name a client branches on
 * (NOT_FOUND, INVALID, ...), and `title`, a short summary written for people (RFC 9457 3.1.3).
 */
export interface ProblemBody {
  type: "about:blank";
  title: string;
  status: number;
  detail: string;
  code: string;
  [extra: string]: unknown;
}

const TITLES: Record<string, string> = {
  INVALID: "The request has a value that cannot be used",
  UNAUTHENTICATED: "This needs an API token",
  FORBIDDEN: "This is not allowed",
  NOT_FOUND: "Nothing exists at this address",
  CONFLICT: "This conflicts with what is already there",
  METHOD_NOT_ALLOWED: "This method is not allowed here",
  NOT_ACCEPTABLE: "None of the formats asked for can be served here",
  PAYLOAD_TOO_LARGE: "The request body is too large",
  TOO_LARGE: "The request is too large",
  UNSUPPORTED_MEDIA_TYPE: "The request body must be JSON",
  RANGE_NOT_SATISFIABLE: "The byte range asked for is not in the file",
  PRECONDITION_REQUIRED: "This change needs the revision it starts from (If-Match)",
  PRECONDITION_FAILED: "The draft has changed since the revision given",
  RATE_LIMITED: "Too many requests",
  UNAVAILABLE: "This service is not available right now",
  INTERNAL: "Something went wrong on our side",
};

/** The title people read for a code; a code without one gets a generic title by its status. */
export function problemTitle(code: string, status: number): string {
  return TITLES[code] ?? (status >= 500 ? "Something went wrong on our side" : "The request cannot be answered");
}

export function problemBody(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return {
    type: "about:blank",
    title: problemTitle(code, status),
    status,
    detail,
    code,
    ...extra,
  } satisfies ProblemBody;
}

/** A problem response; never cached (it describes this request, not a resource). */
export function problemJson(body: ProblemBody, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}
