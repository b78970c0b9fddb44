import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

/** The API's entry point: where everything is. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) =>
    json(
      request,
      {
        name: "Dyad public data API",
        version: "v1",
        description: "Dated, sourced and versioned facts about relations between countries",
        links: {
          openapi: "/api/v1/openapi.json",
          reference: "/docs/api",
          countries: "/api/v1/countries",
          relations: "/api/v1/relations",
          sources: "/api/v1/sources",
          changes: "/api/v1/changes",
          changesGrouped: "/api/v1/changes/grouped",
          changesAtom: "/api/v1/changes.atom",
          releases: "/api/v1/releases",
          latestRelease: "/api/v1/releases/latest",
        },
      },
      { cache: "reference" },
    ),
  ),
});
