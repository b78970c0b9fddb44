import { ZCountriesQuery } from "@dyad/api-contract";
import { countriesLd, isLd, JSON_OR_LD, ldResponse } from "@/lib/api/json-ld";
import { countries } from "@/lib/api/reads";
import { queryValues } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

/** Every ISO 3166-1 country: reference data, the same at every instant; also as schema.org Countries (JSON-LD). */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request, { type }) => {
    const list = await countries(queryValues(request, ZCountriesQuery));
    if (isLd(type)) return ldResponse(request, countriesLd(list.data), "reference", true);
    return json(request, list, { cache: "reference" });
  }, JSON_OR_LD),
});
