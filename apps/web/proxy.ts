import { refuseUndecodablePath } from "@dyad/db/http";
import { type NextRequest, NextResponse } from "next/server";
import { refuseUnreadMethod } from "./lib/page-methods";

/**
 * Runs for pages and for any path with a "%" (see the matcher; the API and Next's own files
 * answer their methods themselves):
 * - refuses a path whose percent-encoding does not decode with a 400 problem (Next.js itself
 *   would answer 500);
 * - answers a method other than GET and HEAD on a page: OPTIONS with Allow, the rest 405.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  return (
    (pathname.includes("%") ? refuseUndecodablePath(pathname) : null) ??
    (pathname.startsWith("/api/") ? null : refuseUnreadMethod(request.method, pathname)) ??
    NextResponse.next()
  );
}

export const config = {
  matcher: ["/(.*%.*)", "/((?!api/|_next/).*)"],
};
