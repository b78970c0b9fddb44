// @ts-check
// The apps' HTTP server: Next.js behind a few lines that record the client's address. Plain
// JavaScript because it runs before anything is compiled (`node server.mjs`).
//
// Next.js gives route handlers no connection address: it only fills X-Forwarded-For with the
// socket's address when the request has none, so a client that sends its own header chooses the
// address that rate limits, sign-in throttling and the audit see. This server computes the address
// from the connection (and from X-Forwarded-For only as far as DYAD_TRUSTED_PROXY_HOPS proxies
// vouch for it), then overwrites CLIENT_ADDRESS_HEADER with it, so any copy a client sent is gone
// before Next.js builds the request. See ARCHITECTURE.md "Client addresses".
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { isIP } from "node:net";
import path from "node:path";
import { guardAction, sendProblem } from "./action-guard.mjs";

export const CLIENT_ADDRESS_HEADER = "x-dyad-client-address";
/** Set once this server runs, so the apps know the header is ours (client-address.ts). */
export const SERVED_FLAG = Symbol.for("dyad.clientAddressHeaderIsTrusted");

/**
 * The client's address: the socket's peer, or with `hops` trusted reverse proxies the entry each
 * of them vouches for, counted from the right of X-Forwarded-For (each proxy appends the address
 * it saw). A chain shorter than `hops` (a request that bypassed a proxy) gives its left-most entry.
 * X-Real-IP, Forwarded and anything else a client writes are never read.
 * @param {{ socket: { remoteAddress?: string }, headers: Record<string, string | string[] | undefined> }} req
 * @param {number} hops
 */
export function clientAddressOf(req, hops) {
  const chain = [req.socket.remoteAddress ?? "unknown"];
  if (hops > 0) {
    const header = req.headers["x-forwarded-for"];
    const entries = (Array.isArray(header) ? header.join(",") : (header ?? ""))
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    chain.push(...entries.reverse());
  }
  return normalize(chain[Math.min(hops, chain.length - 1)] ?? "unknown");
}

/** One spelling per address, so `::ffff:203.0.113.9` and `203.0.113.9` share one budget. */
function normalize(/** @type {string} */ address) {
  const mapped = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(mapped) ? mapped : address.slice(0, 64);
}

/** DYAD_TRUSTED_PROXY_HOPS, 0 to 10; anything else stops the server with a message. */
function trustedHops() {
  const raw = process.env.DYAD_TRUSTED_PROXY_HOPS ?? "0";
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    console.error(`DYAD_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${raw}"`);
    process.exit(1);
  }
  return hops;
}

/** The header a route handler names its body's exact length in (see keepDeclaredLength). */
export const DECLARED_LENGTH_HEADER = "x-dyad-content-length";

/**
 * Next.js drops Content-Length from every route handler's response (send-response.js: the body
 * might have been decoded by fetch), so a file download would go out chunked, with no length for
 * a client to show progress or resume against. A handler that knows its exact length (release
 * downloads) names it in DECLARED_LENGTH_HEADER; here it becomes Content-Length again.
 * @param {import("node:http").ServerResponse} res
 */
function keepDeclaredLength(res) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(name.toLowerCase() === DECLARED_LENGTH_HEADER ? "content-length" : name, value);
}

/**
 * A strong ETag promises the exact bytes (RFC 9110 8.8.1), and Next.js compresses answers on the
 * fly when the client accepts it, after the handler chose its ETag: the gzipped and the plain
 * answer would share one strong tag. Here, once the compression has decided (its header hook runs
 * before this one), a compressed answer's strong ETag becomes weak; conditional GETs compare
 * weakly, so a client's copy still gets its 304. A response whose tag must stay strong (a draft's
 * revision, used in If-Match) says Cache-Control: no-transform, which the compression respects.
 * @param {import("node:http").ServerResponse} res
 */
function weakenCompressedEtag(res) {
  const writeHead = res.writeHead;
  /** @type {typeof res.writeHead} */
  const wrapped = (/** @type {unknown[]} */ ...args) => {
    const etag = res.getHeader("etag");
    if (typeof etag === "string" && !etag.startsWith("W/") && res.getHeader("content-encoding")) {
      res.setHeader("etag", `W/${etag}`);
    }
    return writeHead.apply(res, /** @type {Parameters<typeof res.writeHead>} */ (args));
  };
  res.writeHead = wrapped;
}

/**
 * A server action's answer goes out uncompressed. Next.js gzips every streamed answer whose client
 * accepts gzip, whatever its size, and an action's answer is an RSC stream of a few hundred bytes
 * (its result; a page too only when the action revalidates one): a gzip stream of its own cost
 * the editor about a tenth of an autosave's CPU, and edit-and-publish ran 1.15 to 1.3 times as
 * fast without it (BENCHMARKS.md, issue 21). Pages, RSC navigations and the API stay compressed.
 * @param {import("node:http").IncomingMessage} req
 */
function sendActionAnswerPlain(req) {
  if (req.method === "POST" && req.headers["next-action"]) delete req.headers["accept-encoding"];
}

/**
 * A method Node's server accepts but the Fetch API's Request refuses to represent: Next.js builds
 * one for every request and failed on it with a 500 and a stack in the log. Nothing here answers
 * TRACE (it would echo the request, cookies included, back). Node itself answers TRACK and
 * unknown methods with 400, and hands CONNECT to no handler.
 */
const REFUSED_METHODS = new Set(["TRACE"]);
const SUPPORTED_METHODS = "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE";

/**
 * Answer a refused method with a 405 problem before Next.js sees it; true when answered.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
function refuseMethod(req, res) {
  const method = req.method ?? "";
  if (!REFUSED_METHODS.has(method)) return false;
  return sendProblem(res, [405, "METHOD_NOT_ALLOWED", `${method} is not supported: use one of ${SUPPORTED_METHODS}`], {
    allow: SUPPORTED_METHODS,
    "x-content-type-options": "nosniff",
  });
}

/**
 * Start the Next.js app in `dir` (production build; `--dev` for `next dev`) on PORT (else
 * `defaultPort`) and HOST (else 127.0.0.1). `guardActions` checks server-action calls before
 * Next.js reads them (action-guard.mjs): the editor's.
 * @param {{ dir: string, defaultPort: number, guardActions?: boolean }} options
 */
export async function serveNext({ dir, defaultPort, guardActions = false }) {
  const dev = process.argv.includes("--dev");
  // As `next start` / `next dev` do, before Next.js is loaded.
  process.env.NODE_ENV ??= dev ? "development" : "production";
  const hops = trustedHops();
  const port = Number(process.env.PORT ?? defaultPort);
  const hostname = process.env.HOST ?? "127.0.0.1";
  const loaded = createRequire(path.join(dir, "package.json"))("next");
  const next = loaded.default ?? loaded;
  const app = next({ dev, dir, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  /** @type {Record<symbol, unknown>} */ (globalThis)[SERVED_FLAG] = true;
  const server = createServer((req, res) => {
    if (refuseMethod(req, res)) return;
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req, hops);
    keepDeclaredLength(res);
    weakenCompressedEtag(res);
    sendActionAnswerPlain(req);
    if (!guardActions || req.headers["next-action"] === undefined) return handle(req, res);
    guardAction(req, res).then(
      (answered) => answered || handle(req, res),
      (error) => {
        console.error("The server-action guard failed:", error);
        res.destroy();
      },
    );
  });
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  server.listen(port, hostname, () => {
    console.log(`Ready on http://${hostname}:${port} (trusted proxy hops: ${hops})`);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      server.close();
      app.close?.().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}
