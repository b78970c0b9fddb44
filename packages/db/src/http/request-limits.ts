import { problemBody, problemJson } from "./problem-json";
/**
 * Limits the editor's proxy applies to a state-changing request before Next.js decodes it.
 * Next 16 answers 500 (a stack in the log) for a server-action body that is deeper than its
 * decoder's recursion can take or that the proxy cut at its 10 MB buffer; both are the client's
 * fault and get a 4xx here. Dependency-free: the proxy loads it on every request.
 */

/** Bodies above this are cut by Next's proxy buffer (`proxyClientMaxBodySize`, 10 MB). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Far deeper than any form or import sends; a decoder recursing once per level stays safe. */
export const MAX_JSON_DEPTH = 200;

/** Whether JSON-like text nests arrays and objects deeper than `max` (brackets inside strings do not count). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

const problem = (status: number, detail: string) =>
  problemJson(problemBody(status, status === 413 ? "TOO_LARGE" : "INVALID", detail));

/**
 * The multipart fields React decodes as JSON: models ("0", "1", …) and a no-JS form's bound
 * arguments ("$ACTION_1:0"). A form's own fields ("1_name") are text, taken as they are.
 */
const JSON_FIELD = /^(\d+|\$ACTION_\d+:\d+)$/;

/**
 * A 413 or 400 problem for a server-action call whose body is too large or nested too deeply,
 * or null. Text bodies are scanned whole; multipart bodies by their JSON fields.
 */
export async function refuseOversizedAction(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return problem(413, "The request body is larger than 10 MB");
  const type = request.headers.get("content-type") ?? "";
  const texts: string[] = [];
  try {
    if (type.startsWith("multipart/form-data")) {
      for (const [name, value] of await request.clone().formData()) {
        if (typeof value === "string" && JSON_FIELD.test(name)) texts.push(value);
      }
    } else {
      texts.push(await request.clone().text());
    }
  } catch {
    return null; // not decodable at all: Next answers that itself, without running anything
  }
  if (texts.reduce((n, t) => n + t.length, 0) > MAX_BODY_BYTES) {
    return problem(413, "The request body is larger than 10 MB");
  }
  if (texts.some((t) => nestsDeeperThan(t, MAX_JSON_DEPTH))) {
    return problem(400, `The request nests data more than ${MAX_JSON_DEPTH} levels deep`);
  }
  return null;
}
