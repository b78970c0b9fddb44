// The OpenAPI pieces every endpoint's path uses: the problem body, the error responses, the read
// headers, and who may call.
import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

export const ZProblem = z
  .object({
    type: z.string().describe("about:blank"),
    title: z.string().describe('What went wrong, in a few words for people, e.g. "This relation does not exist"'),
    code: z
      .string()
      .describe("The machine-readable kind of problem to branch on: INVALID, NOT_FOUND, CONFLICT, RATE_LIMITED, ..."),
    status: z.number().int(),
    detail: z.string().describe("What went wrong, for a person to read"),
    instance: z.string().describe("The path that was requested"),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .catchall(z.unknown())
  .describe("RFC 9457 problem details; never a stack trace");

/** The API token scheme the writes name. */
export function registerComponents(registry: OpenAPIRegistry) {
  registry.registerComponent("securitySchemes", "apiToken", {
    type: "http",
    scheme: "bearer",
    description: "An API token (dyad_…) created in the editor app. Only writes need one.",
  });
}

/** A problem+json response. */
export const problem = (description: string): ResponseConfig => ({
  description,
  content: { "application/problem+json": { schema: ZProblem } },
});

/** Reads need no token: an explicit empty requirement, so a client never sends one. */
export const publicAccess: Record<string, string[]>[] = [];
/** Writes and webhooks need an API token (its scope is in each path's description). */
export const tokenAccess = [{ apiToken: [] }];

/** Sent on every answer that was counted against the client's window (all but preflights). */
export const rateLimitHeaders = z.object({
  "RateLimit-Limit": z.string().describe("Requests allowed in the window"),
  "RateLimit-Remaining": z.string().describe("Requests left in the window"),
  "RateLimit-Reset": z.string().describe("Seconds until the window resets"),
});

/** Error responses every endpoint can give. */
export const commonErrors: Record<string, ResponseConfig> = {
  400: problem("Bad parameters: the detail names which and why"),
  405: {
    ...problem("The path does not answer this method; Allow lists those it does"),
    headers: z.object({ Allow: z.string().describe("The methods this path answers, e.g. GET, HEAD, OPTIONS") }),
  },
  406: problem("Accept excludes every representation this path serves (q-values honoured; none or */* is fine)"),
  429: {
    ...problem("Too many requests from this client"),
    headers: rateLimitHeaders.extend({ "Retry-After": z.string().describe("Seconds to wait") }),
  },
};
export const notFound = { 404: problem("Not found (at that instant)") };
export const writeErrors: Record<string, ResponseConfig> = {
  401: problem("No API token, or an unknown, expired or revoked one"),
  403: problem("The token lacks the scope, or its owner the role, or the account is disabled"),
  413: problem("The body is larger than 256 KiB"),
  415: problem("The body is not JSON"),
};

export const readHeaders = rateLimitHeaders.extend({
  ETag: z.string().describe("Send it back as If-None-Match to get 304 Not Modified"),
  "Cache-Control": z.string().describe("Immutable for a settled asOf; short for answers about now"),
});

/** A 200 JSON response with the read headers. */
export const ok = (schema: z.ZodType, description: string): Record<string, ResponseConfig> => ({
  200: { description, headers: readHeaders, content: { "application/json": { schema } } },
  304: { description: "Not modified (If-None-Match matched the ETag)", headers: readHeaders },
});

/** schema.org JSON-LD, the same terms the resource's page embeds. */
const ZJsonLd = z
  .object({ "@context": z.string(), "@type": z.string() })
  .catchall(z.unknown())
  .describe("schema.org JSON-LD (Accept: application/ld+json), as the resource's web page embeds it");

/** ok for a resource that also has a JSON-LD representation, chosen with Accept. */
export const okOrLd = (schema: z.ZodType, description: string): Record<string, ResponseConfig> => ({
  ...ok(schema, description),
  200: {
    description,
    headers: readHeaders.extend({ Vary: z.string().describe("Accept: the representation follows it") }),
    content: { "application/json": { schema }, "application/ld+json": { schema: ZJsonLd } },
  },
});

/** A 200 page of a list: the read headers and its Link header. */
export const okPage = (schema: z.ZodType, description: string): Record<string, ResponseConfig> => ({
  ...ok(schema, description),
  200: {
    description,
    headers: readHeaders.extend({
      Link: z
        .string()
        .describe(
          'RFC 8288 links of the page, as in the body\'s links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first"',
        ),
    }),
    content: { "application/json": { schema } },
  },
});

/** latest and its files answer with a redirect to the newest release's own address. */
export const redirectToNewest: Record<string, ResponseConfig> = {
  302: {
    description: "For latest: where the newest release is (Location); a 404 when there is none yet",
    headers: rateLimitHeaders.extend({ Location: z.string().describe("The newest release's URL") }),
  },
};
