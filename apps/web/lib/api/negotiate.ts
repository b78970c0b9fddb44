import Negotiator from "negotiator";
import { HttpProblem } from "./problem";

/**
 * The representation to send (RFC 9110 12.5.1): the one of `types` (in the endpoint's order of
 * preference) the request's Accept ranks highest, q-values honoured; no Accept, or `*∕*`, gives
 * the first. When Accept excludes every one of them, a 406 problem naming what can be served.
 */
export function negotiate(request: Request, types: readonly string[]): string {
  const accept = request.headers.get("accept");
  const chosen = new Negotiator({ headers: accept === null ? {} : { accept } }).mediaType(types);
  if (chosen) return chosen;
  throw new HttpProblem(406, "NOT_ACCEPTABLE", `Accept: ${accept} excludes what this serves: ${types.join(", ")}`, {
    available: types,
  });
}
