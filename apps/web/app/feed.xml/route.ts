import { GET_ONLY } from "@/lib/api/read-only-methods";
import { atomFeed, atomResponse } from "@/lib/atom";
import { recentChanges } from "@/lib/public-data";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site";

// Rendered per request from cached reads, and DYAD_PUBLIC_URL is read when served, not built.
export const dynamic = "force-dynamic";

/** Site-wide Atom feed of recent changes, from the cached publication log (tag "feed"). */
export async function GET(request: Request) {
  const base = siteUrl();
  const changes = await recentChanges(null, 50);
  return atomResponse(
    request,
    atomFeed({
      title: "Dyad: recent changes",
      selfUrl: new URL(routes.feed(), base).toString(),
      pageUrl: base.toString(),
      base,
      groups: changes?.groups ?? [],
    }),
    changes?.groups[0]?.at,
  );
}

/** Every other method: 405 with Allow. */
export const { POST, PUT, PATCH, DELETE } = GET_ONLY;
