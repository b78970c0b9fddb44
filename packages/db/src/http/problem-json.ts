/**
 * The one shape of an RFC 9457 problem+json answer, for every place that answers one: the API
 * (apps/web/lib/api/problem.ts), the revalidation route, both proxies and the request limits
 * here. Dependency-free: proxies load it on every request they see.
 */
export interface ProblemBody {
  type: "about:blank";
  title: string;
  status: number;
  detail: string;
  [extra: string]: unknown;
}

export function problemBody(status: number, title: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: "about:blank", title, status, detail, ...extra } satisfies ProblemBody;
}

/** A problem response; never cached (it describes this request, not a resource). */
export function problemJson(body: ProblemBody, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}
