import { GET_ONLY } from "@/lib/api/read-only-methods";
import { atomResponse, relationChangesFeed } from "@/lib/atom";
import { relationChanges } from "@/lib/relation-changes";
import { isSlug, routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The changes page as an Atom feed: what changed in a relation since `since` (up to `asOf` or now). */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const query = new URL(request.url).searchParams;
  const search = { since: query.get("since") ?? undefined, asOf: query.get("asOf") ?? undefined };
  const result = isSlug(slug) ? await relationChanges(slug, search) : null;
  if (!result) return text("No such relation", 404);
  const { view } = result;
  if (!view) return text(result.error ?? "Bad dates", 400);
  const base = siteUrl();
  const { name } = result.page.relation;
  const updated = view.until ?? result.page.lastPublishedAt ?? view.since;
  return atomResponse(
    request,
    relationChangesFeed({
      title: `Dyad: changes to ${name} since ${view.since}`,
      selfUrl: new URL(routes.relationChangesFeed(slug, view.since, view.until), base).toString(),
      pageUrl: new URL(routes.relationChanges(slug, view.since, view.until), base).toString(),
      base,
      updated,
      changes: view.changes,
    }),
    updated,
  );
}

/** Every other method: 405 with Allow. */
export const { POST, PUT, PATCH, DELETE } = GET_ONLY;
