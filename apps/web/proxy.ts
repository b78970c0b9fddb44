import { refuseUndecodablePath } from "@dyad/db/http";
import { type NextRequest, NextResponse } from "next/server";

/**
 * Runs only for paths with a "%" (see the matcher), so cached pages pay nothing: refuses a path
 * whose percent-encoding does not decode with a 400 problem (Next.js itself would answer 500).
 */
export function proxy(request: NextRequest) {
  return refuseUndecodablePath(request.nextUrl.pathname) ?? NextResponse.next();
}

export const config = {
  matcher: ["/(.*%.*)"],
};
