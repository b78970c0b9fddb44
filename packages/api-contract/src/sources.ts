// Sources: the list and one source with the facts citing it. Queries, responses and OpenAPI paths.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import { commonErrors, notFound, ok, okPage, publicAccess } from "./openapi/responses";
import { asOf, cursor, limit, ZReadQuery, ZSlug } from "./shared/requests";
import { page, ZApiCitedSource, ZApiReadMeta } from "./shared/responses";

export const ZListSourcesQuery = z.strictObject({
  asOf,
  relation: ZSlug.optional().describe("Only sources cited by this relation's facts"),
  cursor,
  limit,
});

export const ZApiSource = ZApiCitedSource.omit({ locator: true }).extend({
  citedBy: z.number().int().describe("Public facts citing it at asOf"),
});
export const ZApiSourcePage = page(ZApiSource);
export const ZApiSourceDetail = z.object({
  data: ZApiSource.extend({
    facts: z
      .array(
        z.object({
          factId: ZUuid,
          revisionId: ZUuid,
          relation: z.string(),
          statement: z.string(),
          locator: z.string().nullable(),
        }),
      )
      .describe("The facts citing it at asOf, by relation (the first 1,000; citedBy counts them all)"),
  }),
  meta: ZApiReadMeta,
});

export const listSourcesEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/sources",
  operationId: "listSources",
  security: publicAccess,
  tags: ["Sources"],
  summary: "Sources",
  description: "Sources cited by the facts public at asOf (all, or one relation's), in id order.",
  request: { query: ZListSourcesQuery },
  responses: { ...okPage(ZApiSourcePage, "A page of sources"), ...notFound, ...commonErrors },
};

export const getSourceEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/sources/{id}",
  operationId: "getSource",
  security: publicAccess,
  tags: ["Sources"],
  summary: "A source and the facts citing it",
  description: "A source and up to 1,000 facts whose public revision cited it at asOf.",
  request: { params: z.object({ id: ZUuid }), query: ZReadQuery },
  responses: { ...ok(ZApiSourceDetail, "The source"), ...notFound, ...commonErrors },
};
