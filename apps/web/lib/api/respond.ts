import { createHash } from "node:crypto";

/**
 * Cache-Control by kind of resource:
 * - current: an answer about now. Browsers revalidate every time (cheap with the ETag: a 304);
 *   shared caches may serve it for a minute, and a little stale while they refetch. The app's
 *   own data cache is refreshed by tag on publish, so the minute is the staleness bound.
 * - immutable: an answer for a settled instant, a release, a full page of the feed: the bytes
 *   can never change, so any cache may keep them for a year without asking again.
 * - reference: data that changes with a deployment, not with publishing (countries, the API
 *   description).
 * - none: drafts, writes and errors.
 */
export const CACHE = {
  current: "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
  immutable: "public, max-age=31536000, immutable",
  reference: "public, max-age=3600",
  none: "no-store",
} as const;
export type CachePolicy = keyof typeof CACHE;

/** A strong ETag from the bytes of a body. */
export const etagOf = (text: string) => `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;

/** If-None-Match (RFC 9110 13.1.2): weak comparison, a list, or "*". */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

/**
 * A JSON response with an ETag over its bytes, answered 304 Not Modified (no body) when the
 * client already has those bytes.
 */
export function json(
  request: Request,
  body: unknown,
  options: { cache: CachePolicy; status?: number; headers?: Record<string, string>; etag?: string },
): Response {
  const text = JSON.stringify(body);
  const etag = options.etag ?? etagOf(text);
  // A given ETag names a version (a draft's revision, sent back as If-Match, which compares
  // strongly): no-transform keeps the bytes from being compressed on the way, which would make
  // the server weaken the tag (serve-next.mjs).
  const cache = options.etag ? `${CACHE[options.cache]}, no-transform` : CACHE[options.cache];
  const headers = { etag, "cache-control": cache, ...options.headers };
  const status = options.status ?? 200;
  if (status === 200 && notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

/**
 * A text document (a feed, the sitemap, robots.txt) with a strong ETag over its bytes, answered
 * 304 Not Modified when the client already has them, so a feed reader polling it costs nothing.
 */
export function textResponse(request: Request, body: string, contentType: string, lastModified?: string): Response {
  const etag = etagOf(body);
  const headers: Record<string, string> = { etag };
  const modified = lastModified ? new Date(lastModified) : null;
  if (modified && !Number.isNaN(modified.getTime())) headers["last-modified"] = modified.toUTCString();
  if (notModified(request, etag) || unmodifiedSince(request, modified)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers: { ...headers, "content-type": contentType } });
}

/** If-Modified-Since, read only without If-None-Match (RFC 9110 13.1.3), to the second. */
function unmodifiedSince(request: Request, modified: Date | null): boolean {
  const since = request.headers.get("if-modified-since");
  if (!modified || !since || request.headers.has("if-none-match")) return false;
  const sinceTime = Date.parse(since);
  return !Number.isNaN(sinceTime) && Math.floor(modified.getTime() / 1000) * 1000 <= sinceTime;
}

/**
 * A weak ETag for an answer about now: over its JSON text (`{"data":…,"meta":{"asOf":…,…},…}`)
 * without `meta.asOf`, the instant the answer was computed for, which moves on with every
 * request although nothing changed. Two answers with the same weak ETag say the same thing
 * (RFC 9110 8.8.1: semantically equivalent), so If-None-Match gets a 304 until something is
 * published. The instant is cut out of the text rather than the body serialised twice; `meta`
 * is the last object before `links`, so its last occurrence is the answer's own.
 */
export function weakEtagOf(text: string, asOf: string | null | undefined): string {
  const moving = `"meta":{"asOf":${JSON.stringify(asOf ?? null)}`;
  const at = text.lastIndexOf(moving);
  if (at < 0) return `W/${etagOf(text)}`;
  const rest = at + moving.length + (text[at + moving.length] === "," ? 1 : 0);
  return `W/${etagOf(`${text.slice(0, at)}"meta":{${text.slice(rest)}`)}`;
}

/**
 * A read's answer (prepared once, see reads.ts): cached for a year when it can never change (a
 * settled instant), briefly otherwise, with a weak ETag that survives the moving instant.
 */
export function readResponse(
  request: Request,
  answer: { body: Uint8Array<ArrayBuffer>; etag: string; final: boolean; link?: string },
): Response {
  const headers: Record<string, string> = {
    etag: answer.etag,
    "cache-control": CACHE[answer.final ? "immutable" : "current"],
  };
  if (answer.link) headers.link = answer.link;
  if (notModified(request, answer.etag)) return new Response(null, { status: 304, headers });
  return new Response(answer.body, { headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}
