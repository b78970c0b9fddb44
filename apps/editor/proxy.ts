import { refuseUndecodablePath } from "@dyad/db/http";
import { problemBody, problemJson } from "@dyad/db/problem-json";
import { refuseOversizedAction } from "@dyad/db/request-limits";
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, isCrossOriginWrite, newNonce } from "./security-headers";

/**
 * Runs before every editor request (static files aside):
 * - refuses a path whose percent-encoding does not decode with a 400 problem (Next.js itself
 *   would answer 500);
 * - refuses a server-action call whose body is over 10 MB (413) or nested deeper than any form
 *   sends (400): Next.js would fail on both with a 500;
 * - refuses state-changing requests from another origin (server actions, next-auth's sign-in and
 *   sign-out) with 403, before any application code; Next's own server-action origin check and
 *   next-auth's CSRF token stay as further layers;
 * - gives a page (not a server action's answer) a fresh CSP nonce: set on the request, where Next reads it while rendering and
 *   puts it on its scripts, and on the response, where the browser enforces it.
 */
export async function proxy(request: NextRequest) {
  const undecodable = refuseUndecodablePath(request.nextUrl.pathname);
  if (undecodable) return undecodable;
  if (isCrossOriginWrite(request)) {
    return problemJson(problemBody(403, "FORBIDDEN", "Cross-origin requests cannot change anything here"));
  }
  const refused = await refuseOversizedAction(request);
  if (refused) return refused;
  // A server-action call answers with React's payload, never a page: no document to give a
  // policy to, so no nonce and no copy of the request's headers (a form posted without
  // JavaScript carries no Next-Action header and gets its page's policy below). Only a POST is
  // an action: a GET with the header set by hand is a page like any other and keeps its policy.
  if (request.method === "POST" && request.headers.has("next-action")) return NextResponse.next();
  const csp = contentSecurityPolicy(newNonce());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
