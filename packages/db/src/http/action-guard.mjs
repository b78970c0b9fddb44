// @ts-check
// The editor's checks on a server-action call, made by its server (serve-next.mjs) before Next.js
// sees the request. They used to run in the editor's proxy, but the proxy cost about 1 ms of CPU
// per action, most of it Next.js running a proxy at all (BENCHMARKS.md, issue 21), so the proxy
// now skips actions (its matcher) and these run here instead. Plain JavaScript because the
// server runs uncompiled; the proxy imports isCrossOriginWrite from here for every other write.

/** Bodies above this are refused with a 413 before Next.js buffers and decodes them. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Far deeper than any form or import sends; React's decoder recurses once per level. */
export const MAX_JSON_DEPTH = 200;

/**
 * Whether JSON-like text nests arrays and objects deeper than `max` (brackets inside strings do
 * not count). Takes a string or its UTF-8 bytes: the characters that count are ASCII, and no byte
 * of a multi-byte UTF-8 sequence is ASCII, so both spellings give the same answer.
 * @param {string | Uint8Array} text
 * @param {number} max
 */
export function nestsDeeperThan(text, max) {
  const at =
    typeof text === "string" ? (/** @type {number} */ i) => text.charCodeAt(i) : (/** @type {number} */ i) => text[i];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = at(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/**
 * A state-changing request (anything but GET, HEAD, OPTIONS) sent by a browser from another
 * origin. Browsers always send Origin with a cross-origin POST; a request without Origin is not
 * from another site's page. The request's own host (X-Forwarded-Host first, as Next's server
 * action check does) and the configured site URL's host (NEXTAUTH_URL) count as this site.
 * @param {string} method
 * @param {(name: string) => string | null | undefined} header a request header by lower-case name
 * @param {string | undefined} siteUrl
 */
export function isCrossOriginWrite(method, header, siteUrl) {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  const origin = header("origin");
  if (origin === null || origin === undefined) return header("sec-fetch-site") === "cross-site";
  const originHost = hostOf(origin);
  if (originHost === null) return true; // "null" (sandboxed frames, some redirects) or garbage: not this site
  const own = header("x-forwarded-host")?.split(",")[0]?.trim() || header("host");
  return originHost !== own && originHost !== (siteUrl ? hostOf(siteUrl) : null);
}

/** @param {string} url */
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * The multipart fields React decodes as JSON: models ("0", "1", …) and a no-JS form's bound
 * arguments ("$ACTION_1:0"). A form's own fields ("1_name") are text, taken as they are.
 */
const JSON_FIELD = /^(\d+|\$ACTION_\d+:\d+)$/;

/**
 * Why a server-action body cannot be given to Next.js, or null.
 * Text bodies are scanned whole; multipart bodies by their JSON fields. A body that does not
 * decode at all passes: Next answers that itself, without running anything.
 * @param {Buffer} body
 * @param {string} contentType
 * @returns {Promise<Problem | null>}
 */
export async function actionBodyProblem(body, contentType) {
  /** @type {(string | Uint8Array)[]} */
  const texts = [];
  if (contentType.startsWith("multipart/form-data")) {
    try {
      const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
      for (const [name, value] of form) if (typeof value === "string" && JSON_FIELD.test(name)) texts.push(value);
    } catch {
      return null;
    }
  } else {
    texts.push(body);
  }
  if (texts.some((text) => nestsDeeperThan(text, MAX_JSON_DEPTH))) {
    return [400, "INVALID", `The request nests data more than ${MAX_JSON_DEPTH} levels deep`];
  }
  return null;
}

/** @typedef {readonly [status: number, code: keyof typeof TITLES, detail: string]} Problem */

/** @type {Problem} */
const TOO_LARGE = [413, "TOO_LARGE", "The request body is larger than 10 MB"];

/** The problem titles used here, as problem-json.ts names them (its test checks they agree). */
export const TITLES = {
  INVALID: "The request has a value that cannot be used",
  FORBIDDEN: "This is not allowed",
  TOO_LARGE: "The request is too large",
  METHOD_NOT_ALLOWED: "This method is not allowed here",
};

/**
 * Answer an RFC 9457 problem, as problem-json.ts shapes it, before Next.js sees the request.
 * @param {import("node:http").ServerResponse} res
 * @param {Problem} problem
 * @param {Record<string, string>} [headers] more response headers (a 405's Allow)
 * @returns {true}
 */
export function sendProblem(res, [status, code, detail], headers = {}) {
  const title = TITLES[code];
  res.writeHead(status, { ...headers, "content-type": "application/problem+json", "cache-control": "no-store" });
  res.end(JSON.stringify({ type: "about:blank", title, status, detail, code }));
  return true;
}

/**
 * Read a request's whole body and put it back at the front of the stream, so that Next.js reads
 * it as if nobody had. Resolves with the bytes; with "too large" once more than `limit` bytes came
 * (the rest is read and dropped, nothing is put back); with null if the client went away.
 * The last byte is known to have come when the request is `complete`, which the parser sets before
 * it ends the stream; the stream's 'end' is not emitted while bytes are unread, so they can go back.
 * @param {import("node:http").IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer | "too large" | null>}
 */
function peekBody(req, limit) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {Buffer | "too large" | null} value */
    const finish = (value) => {
      req.off("readable", onReadable);
      req.off("error", onGone);
      req.off("close", onGone);
      resolve(value);
    };
    const onGone = () => finish(null);
    const onReadable = () => {
      for (let chunk = req.read(); chunk !== null; chunk = req.read()) {
        size += chunk.length;
        if (size > limit) {
          finish("too large");
          req.resume();
          return;
        }
        chunks.push(chunk);
      }
      if (!req.complete) return;
      const body = Buffer.concat(chunks, size);
      if (size > 0) req.unshift(body);
      finish(body);
    };
    req.on("readable", onReadable);
    req.on("error", onGone);
    req.on("close", onGone);
  });
}

/**
 * The editor's guard for server-action calls (a POST with a Next-Action header): refuses a path
 * whose percent-encoding does not decode (400; Next.js would answer 500), a call from another
 * origin (403), a body over 10 MB (413) and one nested deeper than any form sends (400; Next's
 * decoder would fail with a 500). Resolves true when it answered (or the client went away), false
 * when Next.js should handle the request, body intact.
 *
 * A Next-Action header on any other method is removed: such a request is a page, and the editor's
 * proxy, which gives pages their Content-Security-Policy, skips requests that carry the header.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @returns {Promise<boolean>}
 */
export async function guardAction(req, res) {
  // Present at all, even empty: Next.js takes any Next-Action on a POST for an action call.
  if (req.headers["next-action"] === undefined) return false;
  if (req.method !== "POST") {
    delete req.headers["next-action"];
    return false;
  }
  /** @param {string} name */
  const header = (name) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const refused = headerProblem(req.url ?? "", header);
  if (refused) return sendProblem(res, refused);
  const length = header("content-length");
  // No body to look at (Node's parser has checked the framing already).
  if (length === "0" || !(length || header("transfer-encoding"))) return false;
  const body = await peekBody(req, MAX_BODY_BYTES);
  if (body === null) return true;
  const problem = body === "too large" ? TOO_LARGE : await actionBodyProblem(body, header("content-type") ?? "");
  return problem ? sendProblem(res, problem) : false;
}

/**
 * What is wrong with an action call before its body is read: its path, its origin, its length.
 * @param {string} url
 * @param {(name: string) => string | undefined} header
 * @returns {Problem | null}
 */
function headerProblem(url, header) {
  try {
    decodeURIComponent(url.split("?")[0] ?? "");
  } catch {
    return [400, "INVALID", UNDECODABLE_PATH];
  }
  if (isCrossOriginWrite("POST", header, process.env.NEXTAUTH_URL)) {
    return [403, "FORBIDDEN", "Cross-origin requests cannot change anything here"];
  }
  return Number(header("content-length") ?? 0) > MAX_BODY_BYTES ? TOO_LARGE : null;
}

/** What a path that does not decode is told (undecodable-path.ts says the same). */
export const UNDECODABLE_PATH =
  "The address has a malformed percent-encoding: % must be followed by two hex digits encoding UTF-8";
