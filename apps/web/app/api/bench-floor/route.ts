import { env } from "@/env";

/**
 * The framework's floor for `pnpm bench` (bench/read-throughput.ts): a route handler in the same
 * production server that answers a precomputed body of a given size with the headers a public
 * read carries, so the bench can say how close each real read comes to what Next.js itself costs.
 * Off (404) unless the server was started with DYAD_BENCH_FLOOR=1.
 */
const bodies = new Map<string, string>();

function bodyOf(bytes: number, type: "json" | "html"): string {
  const key = `${type}:${bytes}`;
  let body = bodies.get(key);
  if (!body) {
    const shell = type === "json" ? '{"data":""}' : "<!DOCTYPE html><html><body></body></html>";
    const fill = "x".repeat(Math.max(0, bytes - shell.length));
    body = type === "json" ? `{"data":"${fill}"}` : `<!DOCTYPE html><html><body>${fill}</body></html>`;
    bodies.set(key, body);
  }
  return body;
}

const HEADERS = {
  json: {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
    etag: 'W/"bench-floor-0000000000000000000"',
    "access-control-allow-origin": "*",
    "access-control-expose-headers":
      "ETag, Link, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Repr-Digest",
    "ratelimit-limit": "300",
    "ratelimit-remaining": "299",
    "ratelimit-reset": "60",
    "surrogate-key": "api relation:bench-floor",
    "cache-tag": "api,relation:bench-floor",
  },
  html: {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "s-maxage=31536000",
    etag: '"bench-floor-0000000000000000000"',
  },
} as const;

export function GET(request: Request): Response {
  if (!env().DYAD_BENCH_FLOOR) return new Response("Not found", { status: 404 });
  const params = new URL(request.url).searchParams;
  const type = params.get("type") === "html" ? "html" : "json";
  const bytes = Math.min(10_000_000, Math.max(0, Number(params.get("bytes")) || 0));
  if (request.headers.get("if-none-match") === HEADERS[type].etag) {
    return new Response(null, { status: 304, headers: HEADERS[type] });
  }
  return new Response(bodyOf(bytes, type), { headers: HEADERS[type] });
}
