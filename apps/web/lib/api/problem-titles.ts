/**
 * Problem titles written for people (RFC 9457 3.1.3: a short, human-readable summary). The
 * machine-readable code a client branches on stays in the problem as `code` (NOT_FOUND,
 * INVALID, ...); the title says what went wrong in words, and for a 404 names what is missing,
 * read from the address asked for.
 */
const TITLES: Record<string, string> = {
  INVALID: "The request has a value that cannot be used",
  UNAUTHENTICATED: "This needs an API token",
  FORBIDDEN: "This token may not do that",
  CONFLICT: "This conflicts with what is already there",
  METHOD_NOT_ALLOWED: "This method is not allowed here",
  NOT_ACCEPTABLE: "None of the formats asked for can be served here",
  PAYLOAD_TOO_LARGE: "The request body is too large",
  UNSUPPORTED_MEDIA_TYPE: "The request body must be JSON",
  RANGE_NOT_SATISFIABLE: "The byte range asked for is not in the file",
  PRECONDITION_REQUIRED: "This change needs the revision it starts from (If-Match)",
  PRECONDITION_FAILED: "The draft has changed since the revision given",
  RATE_LIMITED: "Too many requests",
  INTERNAL: "Something went wrong on our side",
};

/** What a path under /api/v1 names, by its first segment, for "This … does not exist". */
const RESOURCES: Record<string, string> = {
  relations: "relation",
  facts: "fact",
  sources: "source",
  releases: "release",
  webhooks: "webhook",
  countries: "country",
};

export function problemTitle(code: string, status: number, instance: string): string {
  if (code === "NOT_FOUND") {
    // Below a resource (a relation's facts, a fact's diff) only the resource itself can be missing;
    // the few other 404s (a release's file, no endpoint) give their own title (HttpProblem).
    const name = RESOURCES[/^\/api\/v1\/([^/]+)\/./.exec(instance)?.[1] ?? ""];
    return name ? `This ${name} does not exist` : "Nothing exists at this address";
  }
  return TITLES[code] ?? (status >= 500 ? TITLES.INTERNAL : "The request cannot be answered") ?? code;
}
