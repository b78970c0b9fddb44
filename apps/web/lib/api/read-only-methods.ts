import { HttpProblem, problemResponse } from "./problem";

/**
 * The other methods of a route that only answers GET (a feed, the sitemap, robots.txt): 405 with
 * Allow, as every 405 must say (RFC 9110 15.5.6). Next.js answers them 405 by itself, but without
 * Allow. HEAD and OPTIONS are Next's (OPTIONS already lists the methods in Allow).
 */
function notAllowed(allow: string) {
  return async (request: Request) =>
    problemResponse(
      new HttpProblem(405, "METHOD_NOT_ALLOWED", `${request.method} is not allowed here; use ${allow}`, {}, { allow }),
      new URL(request.url).pathname,
    );
}

const getOnly = notAllowed("GET, HEAD, OPTIONS");
export const GET_ONLY = { POST: getOnly, PUT: getOnly, PATCH: getOnly, DELETE: getOnly };
const postOnly = notAllowed("POST, OPTIONS");
export const POST_ONLY = { GET: postOnly, PUT: postOnly, PATCH: postOnly, DELETE: postOnly };
