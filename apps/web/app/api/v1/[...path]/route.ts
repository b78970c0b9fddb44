import { HttpProblem } from "@/lib/api/problem";
import { publicRead, route } from "@/lib/api/route";

/** Anything else under /api/v1: a problem+json 404 (not the site's HTML page), pointing at the index. */
const notFound = publicRead(async (request) => {
  const path = new URL(request.url).pathname;
  const detail = `No endpoint at ${path}; see /api/v1 or /docs/api`;
  throw new HttpProblem(404, "NOT_FOUND", detail, {}, {}, "There is no endpoint at this address");
}, null); // Whatever Accept says: there is nothing here to negotiate.

const handlers = route({
  GET: notFound,
  POST: notFound,
  PUT: notFound,
  PATCH: notFound,
  DELETE: notFound,
});
export const { GET, POST, PUT, PATCH, DELETE } = handlers;
/** No endpoint, so no methods to offer a preflight either: OPTIONS is the same 404. */
export const OPTIONS = handlers.GET;
