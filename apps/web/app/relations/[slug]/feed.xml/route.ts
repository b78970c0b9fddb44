import { GET_ONLY } from "@/lib/api/read-only-methods";
import { atomFeed, atomResponse } from "@/lib/atom";
import { recentChanges } from "@/lib/public-data";
import { isSlug, routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site";

/** One relation's Atom feed of changes (tags "feed" and the relation's). */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const changes = isSlug(slug) ? await recentChanges(slug, 50) : null;
  if (!changes?.relation) {
    return new Response("No such relation", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const base = siteUrl();
  return atomResponse(
    request,
    atomFeed({
      title: `Dyad: changes to ${changes.relation.name}`,
      selfUrl: new URL(routes.relationFeed(slug), base).toString(),
      pageUrl: new URL(routes.relation(slug), base).toString(),
      base,
      groups: changes.groups,
    }),
    changes.groups[0]?.at,
  );
}

/** Every other method: 405 with Allow. */
export const { POST, PUT, PATCH, DELETE } = GET_ONLY;
