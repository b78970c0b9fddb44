/**
 * A 400 problem for a path whose percent-encoding does not decode (`/relations/%zz`, or escapes
 * that are not UTF-8), or null for any other path. Next.js 16 fails to decode such a dynamic
 * segment after routing and answers a bare 500, so each app's proxy.ts refuses them first.
 * Dependency-free: proxies load it on every request they see.
 */
import { problemBody, problemJson } from "./problem-json";

export function refuseUndecodablePath(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return problemJson(
      problemBody(
        400,
        "INVALID",
        "The address has a malformed percent-encoding: % must be followed by two hex digits encoding UTF-8",
      ),
    );
  }
}
