import { ZIdempotencyKey } from "@dyad/api-contract";
import { type Idempotency, parseInput, requestFingerprint } from "@dyad/db";
import type { z } from "zod";
import { HttpProblem } from "./problem";

/** Bodies larger than this are refused (413): a fact is a few kilobytes. */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Parse the query string with an endpoint's schema (the one its OpenAPI entry documents). An
 * unknown or repeated parameter is refused, so a typo such as `asof` cannot silently give
 * today's data instead of the past's.
 */
export function parseQuery<S extends z.ZodObject>(request: Request, schema: S): z.output<S> {
  return parseInput(schema, queryValues(request, schema));
}

/**
 * A query's parameters as given, each known to `schema` and given once (else a 400), for an
 * operation that parses them itself with the same schema: parsed once, not twice.
 */
export function queryValues(request: Request, schema: z.ZodObject): Record<string, string> {
  const known = Object.keys(schema.shape);
  const values: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    if (!known.includes(key)) {
      const takes = known.length ? `it takes ${known.join(", ")}` : "it takes none";
      throw new HttpProblem(400, "INVALID", `Unknown query parameter ${key}: ${takes}`, { parameter: key });
    }
    if (key in values) throw new HttpProblem(400, "INVALID", `${key}: give it once`, { parameter: key });
    values[key] = value;
  }
  return values;
}

/** Parse path parameters (e.g. an id that must be a UUID) with a schema: a malformed one is a 400. */
export function parsePath<S extends z.ZodType>(params: unknown, schema: S): z.output<S> {
  return parseInput(schema, params);
}

/** Read a JSON body: JSON only, at most MAX_BODY_BYTES, valid UTF-8 and valid JSON, or a 4xx problem. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new HttpProblem(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  const tooLarge = () =>
    new HttpProblem(413, "PAYLOAD_TOO_LARGE", `The body is larger than ${MAX_BODY_BYTES} bytes`, {
      limit: MAX_BODY_BYTES,
    });
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpProblem(400, "INVALID", "The body is not valid UTF-8");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpProblem(400, "INVALID", `The body is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * The revision named by If-Match: `"<revision id>"` (the ETag of the draft). Missing is 428
 * (the API never overwrites a draft blindly); anything but one quoted revision id is a 400.
 */
export function ifMatchRevision(request: Request): string {
  const header = request.headers.get("if-match");
  if (!header) {
    throw new HttpProblem(
      428,
      "PRECONDITION_REQUIRED",
      'Send If-Match: "<revisionId>" with the draft revision you started from (the ETag of GET /api/v1/facts/{id}/draft)',
    );
  }
  const match = /^\s*"?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"?\s*$/i.exec(header);
  if (!match?.[1]) throw new HttpProblem(400, "INVALID", 'If-Match: give one revision id, as "<revisionId>"');
  return match[1].toLowerCase();
}

/**
 * The write's idempotency key (Idempotency-Key header), scoped to the token, with a fingerprint
 * of the request (method, path, If-Match, body), or undefined when none was sent. A retry with
 * the same key and request replays the first result; the same key with another request is a 400.
 */
export function idempotencyOf(request: Request, tokenId: string, body?: unknown): Idempotency | undefined {
  const header = request.headers.get("idempotency-key");
  if (header === null) return undefined;
  const key = parseInput(ZIdempotencyKey, header.trim());
  const { pathname } = new URL(request.url);
  const fingerprint = requestFingerprint({
    method: request.method,
    path: pathname,
    ifMatch: request.headers.get("if-match"),
    body: body ?? null,
  });
  return { scope: `token:${tokenId}`, key, fingerprint };
}

/** Said on the answer to a retry that was replayed rather than written again. */
export const REPLAYED = { "idempotent-replayed": "true" } as const;
