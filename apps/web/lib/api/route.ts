import { AsyncLocalStorage } from "node:async_hooks";
import type { TApiScope } from "@dyad/api-contract";
import {
  type ApiTokenAuth,
  AppError,
  addressBudget,
  authenticateApiToken,
  clientAddress,
  hitRateLimit,
  readPublished,
  requireScope,
} from "@dyad/db";
import { env } from "@/env";
import { negotiate } from "./negotiate";
import { HttpProblem, problemResponse } from "./problem";

type Params = Record<string, string | string[]>;
interface PublicContext {
  params: Params;
  /** The media type negotiated from Accept, one of the endpoint's `types`. */
  type: string;
}
interface TokenContext extends PublicContext {
  auth: ApiTokenAuth;
}

interface Endpoint {
  /**
   * What it can answer, preferred first (default JSON): an Accept that excludes them all is a
   * 406. Null: the handler decides (a release file's name says its type).
   */
  types?: readonly string[] | null;
  /** A public read: anonymous, CORS-enabled, limited per client address. */
  public?: (request: Request, context: PublicContext) => Promise<Response>;
  /** A write (or a draft read) with an API token holding `scope`, limited per token. */
  token?: { scope: TApiScope; handler: (request: Request, context: TokenContext) => Promise<Response> };
}

export const publicRead = (handler: NonNullable<Endpoint["public"]>, types?: Endpoint["types"]): Endpoint => ({
  public: handler,
  types,
});
export const withToken = (scope: TApiScope, handler: NonNullable<Endpoint["token"]>["handler"]): Endpoint => ({
  token: { scope, handler },
});

const JSON_ONLY = ["application/json"] as const;

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type NextHandler = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;

/** Reads are for everyone, from any origin; they carry no credentials, so a wildcard is safe. */
const CORS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers":
    "ETag, Link, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Repr-Digest",
};

/**
 * Surrogate keys (cache tags) of a public answer: the @dyad/db cache tags of what it read (see
 * reads.ts), plus `api` for everything. A CDN in front keeps them (Fastly: Surrogate-Key,
 * space-separated; Cloudflare and others: Cache-Tag, comma-separated) and a publish purges by the
 * same tags it revalidates in the app (ARCHITECTURE.md "Deployment").
 */
const surrogateKeys = new AsyncLocalStorage<Set<string>>();
export function tagAnswer(tags: string[]): void {
  const keys = surrogateKeys.getStore();
  if (keys) for (const tag of tags) keys.add(tag);
}

/** Where a public read was served from, shown as X-Dyad-Read only when DYAD_DEBUG_READS=1 (tests). */
const debugReads = () => env().DYAD_DEBUG_READS;

/** The rate-limit key of a request's client: its address, or its IPv6 /64 (addressBudget). */
const clientKey = (request: Request) => `ip:${addressBudget(clientAddress(request.headers))}`;

/** Count the request against its client's window; over the limit is a 429 with Retry-After. */
async function countRequest(key: string, limit: number, headers: Headers) {
  const result = await hitRateLimit({ key, limit, windowSeconds: env().DYAD_API_RATE_WINDOW_SECONDS });
  headers.set("ratelimit-limit", String(result.limit));
  headers.set("ratelimit-remaining", String(result.remaining));
  headers.set("ratelimit-reset", String(result.resetSeconds));
  if (!result.allowed) {
    throw new HttpProblem(
      429,
      "RATE_LIMITED",
      `Too many requests: at most ${limit} every ${env().DYAD_API_RATE_WINDOW_SECONDS} s. Try again in ${result.resetSeconds} s.`,
      { retryAfter: result.resetSeconds },
      { "retry-after": String(result.resetSeconds) },
    );
  }
}

async function bearer(request: Request): Promise<ApiTokenAuth> {
  const header = request.headers.get("authorization");
  if (!header) throw new AppError("UNAUTHENTICATED", "This needs an API token: send Authorization: Bearer dyad_…");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AppError("UNAUTHENTICATED", "Send the API token as Authorization: Bearer dyad_…");
  return authenticateApiToken({ secret: match[1] });
}

function run(endpoint: Endpoint): NextHandler {
  return async (request, context) => {
    const headers = new Headers(endpoint.public ? CORS : {});
    let response: Response;
    try {
      const params = await context.params;
      const types = endpoint.types === undefined ? JSON_ONLY : endpoint.types;
      // A representation varies with Accept only where there is more than one.
      if (types && types.length > 1) headers.set("vary", "Accept");
      if (endpoint.token) {
        let auth: ApiTokenAuth;
        try {
          auth = await bearer(request);
        } catch (error) {
          // Failed attempts count against the address, so guessing is throttled too.
          await countRequest(clientKey(request), env().DYAD_API_RATE_LIMIT, headers);
          throw error;
        }
        await countRequest(`token:${auth.tokenId}`, env().DYAD_API_TOKEN_RATE_LIMIT, headers);
        requireScope(auth, endpoint.token.scope);
        const type = types ? negotiate(request, types) : "*/*";
        response = await endpoint.token.handler(request, { params, auth, type });
      } else if (endpoint.public) {
        const handler = endpoint.public;
        // The rate limit is a write: it stays on the primary, outside the published read.
        await countRequest(clientKey(request), env().DYAD_API_RATE_LIMIT, headers);
        const type = types ? negotiate(request, types) : "*/*";
        const keys = new Set<string>(["api"]);
        response = await surrogateKeys.run(keys, () =>
          readPublished(
            () => handler(request, { params, type }),
            (by) => {
              if (debugReads()) headers.set("x-dyad-read", by);
            },
          ),
        );
        if (response.status < 400) {
          headers.set("surrogate-key", [...keys].join(" "));
          headers.set("cache-tag", [...keys].join(","));
        }
      } else {
        throw new Error("An endpoint needs a handler");
      }
    } catch (error) {
      response = problemResponse(error, new URL(request.url).pathname);
    }
    headers.forEach((value, key) => {
      response.headers.set(key, value);
    });
    return response;
  };
}

function notAllowed(allow: string, publicRead: boolean): NextHandler {
  return async (request) => {
    const response = problemResponse(
      new HttpProblem(405, "METHOD_NOT_ALLOWED", `${request.method} is not allowed here; use ${allow}`, {}, { allow }),
      new URL(request.url).pathname,
    );
    if (publicRead) for (const [k, v] of Object.entries(CORS)) response.headers.set(k, v);
    return response;
  };
}

/**
 * A route module's handlers: the given methods wrapped (rate limit, token, errors as
 * problem+json, CORS for public reads), the others answered 405 with Allow, and OPTIONS for
 * CORS preflight (reads only: writes are for scripts holding a token, not for browsers). HEAD is
 * left to Next.js, which answers it with GET's headers.
 */
export function route(endpoints: Partial<Record<Method, Endpoint>>): Record<Method | "OPTIONS", NextHandler> {
  const defined = METHODS.filter((m) => endpoints[m]);
  const allow = [...defined, ...(endpoints.GET ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const readable = Boolean(endpoints.GET?.public);
  const handlers = Object.fromEntries(
    METHODS.map((m) => {
      const endpoint = endpoints[m];
      return [m, endpoint ? run(endpoint) : notAllowed(allow, readable)];
    }),
  ) as Record<Method, NextHandler>;
  const preflight: NextHandler = async () =>
    new Response(null, {
      status: 204,
      headers: {
        allow,
        ...(readable
          ? {
              ...CORS,
              "access-control-allow-methods": "GET, HEAD, OPTIONS",
              "access-control-allow-headers": "If-None-Match, Accept",
              "access-control-max-age": "86400",
            }
          : {}),
      },
    });
  return { ...handlers, OPTIONS: preflight };
}
