import { problemBody, problemJson } from "@dyad/db/problem-json";

const ALLOW = "GET, HEAD, OPTIONS";
/**
 * Paths answered by route handlers, which say their own methods (the API's route(), the feeds'
 * GET_ONLY); every other path is a page. Release names may hold dots, so "has a dot" is no test.
 */
const ROUTE_HANDLER = /^\/(?:feed\.xml|sitemap\.xml|robots\.txt|icon\.svg|relations\/[^/]+\/(?:changes\/)?feed\.xml)$/;

/**
 * The answer to a method a page does not take, or null: pages only read, so OPTIONS lists what
 * they answer (as Next.js does for route handlers) and anything else but GET and HEAD is a 405
 * with Allow, where Next.js would render the page for a POST and answer OPTIONS with a 400.
 * Dependency-free: the proxy loads it for every page request.
 */
export function refuseUnreadMethod(method: string, pathname: string): Response | null {
  if (method === "GET" || method === "HEAD" || ROUTE_HANDLER.test(pathname)) return null;
  if (method === "OPTIONS") return new Response(null, { status: 204, headers: { allow: ALLOW } });
  return problemJson(
    { ...problemBody(405, "METHOD_NOT_ALLOWED", `${method} is not allowed here; use ${ALLOW}`), instance: pathname },
    { allow: ALLOW },
  );
}
