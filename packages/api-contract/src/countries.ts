// GET /api/v1/countries: its query, its response and its OpenAPI path.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { commonErrors, okOrLd, publicAccess } from "./openapi/responses";
import { asOf } from "./shared/requests";
import { ZApiReadMeta } from "./shared/responses";

export const ZCountriesQuery = z.strictObject({ asOf });

export const ZApiCountry = z.object({
  code: z.string().describe("ISO 3166-1 alpha-2"),
  alpha3: z.string().describe("ISO 3166-1 alpha-3"),
  slug: z.string(),
  name: z.string(),
  officialName: z.string(),
  region: z.string(),
  numeric: z.string().nullable().describe("ISO 3166-1 numeric, three digits (null for Kosovo)"),
  m49: z.string().nullable().describe("UN M49 (the ISO numeric code; null where M49 has none)"),
  wikidata: z.string().nullable().describe("Wikidata item id, e.g. Q227"),
  cow: z
    .object({ code: z.number().int(), letter: z.string().nullable() })
    .nullable()
    .describe("Correlates of War state number and abbreviation (null: not in the COW state system)"),
  sameAs: z.array(z.string()).describe("The same country elsewhere: its Wikidata item and ISO's entry"),
});
export const ZApiCountryList = z.object({ data: z.array(ZApiCountry), meta: ZApiReadMeta });

export const listCountriesEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/countries",
  operationId: "listCountries",
  security: publicAccess,
  tags: ["Reference"],
  summary: "Countries",
  description: "Every ISO 3166-1 country, by name. Reference data: the same at every instant.",
  request: { query: ZCountriesQuery },
  responses: { ...okOrLd(ZApiCountryList, "The countries"), ...commonErrors },
};
