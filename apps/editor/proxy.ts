import { refuseUndecodablePath } from "@dyad/db/http";
import { problemBody, problemJson } from "@dyad/db/problem-json";
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, isCrossOriginWrite, newNonce } from "./security-headers";

/**
 * Runs before every editor request except static files and server-action calls (see the
 * matcher; the editor's server checks action calls itself, action-guard.mjs):
 * - refuses a path whose percent-encoding does not decode with a 400 problem (Next.js itself
 *   would answer 500);
 * - refuses state-changing requests from another origin (next-auth's sign-in and sign-out, a
 *   form posted without JavaScript) with 403, before any application code; next-auth's CSRF
 *   token stays as a further layer;
 * - gives a page a fresh CSP nonce: set on the request, where Next reads it while rendering and
 *   puts it on its scripts, and on the response, where the browser enforces it.
 */
export function proxy(request: NextRequest) {
  const undecodable = refuseUndecodablePath(request.nextUrl.pathname);
  if (undecodable) return undecodable;
  if (isCrossOriginWrite(request)) {
    return problemJson(problemBody(403, "FORBIDDEN", "Cross-origin requests cannot change anything here"));
  }
  const csp = contentSecurityPolicy(newNonce());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // A server-action call (it carries Next-Action) answers with React's payload, never a page, so
  // it needs no nonce; running the proxy for it cost about 1 ms of CPU. The server drops the
  // header from anything but a POST, so a page always comes here.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
