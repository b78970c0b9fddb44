import { ZCountriesQuery } from "@dyad/db";
import { countries } from "../../../../lib/api/reads";
import { parseQuery } from "../../../../lib/api/request";
import { json } from "../../../../lib/api/respond";
import { publicRead, route } from "../../../../lib/api/route";

/** Every ISO 3166-1 country: reference data, the same at every instant. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) =>
    json(request, await countries(parseQuery(request, ZCountriesQuery)), { cache: "reference" }),
  ),
});
