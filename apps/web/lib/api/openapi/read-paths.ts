import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import {
  ZApiChangesPage,
  ZApiCountryList,
  ZApiFactDetail,
  ZApiFactPage,
  ZApiRelationChanges,
  ZApiRelationDetail,
  ZApiRelationPage,
  ZApiRevisionDiff,
  ZApiSearchResults,
  ZApiSourceDetail,
  ZApiSourcePage,
  ZChangesQuery,
  ZCountriesQuery,
  ZDiffQuery,
  ZListFactsQuery,
  ZListRelationsQuery,
  ZListSourcesQuery,
  ZReadQuery,
  ZRelationChangesQuery,
  ZSearchRequest,
  ZSlug,
  ZUuid,
  ZValidReadQuery,
} from "@dyad/db";
import { z } from "zod";
import { commonErrors, notFound, ok, okOrLd, okPage, publicAccess } from "./components";

const slugParams = z.object({ slug: ZSlug });
const factParams = z.object({ id: ZUuid.describe("A fact's id") });

/** The public reads: the same query schemas the route handlers parse with. */
export function registerReadPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/countries",
    operationId: "listCountries",
    security: publicAccess,
    tags: ["Reference"],
    summary: "Countries",
    description: "Every ISO 3166-1 country, by name. Reference data: the same at every instant.",
    request: { query: ZCountriesQuery },
    responses: { ...okOrLd(ZApiCountryList, "The countries"), ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/relations",
    operationId: "listRelations",
    security: publicAccess,
    tags: ["Relations"],
    summary: "Relations",
    description: "Relations with at least one fact public at asOf, in slug order, with how many.",
    request: { query: ZListRelationsQuery },
    responses: { ...okPage(ZApiRelationPage, "A page of relations"), ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/relations/{slug}",
    operationId: "getRelation",
    security: publicAccess,
    tags: ["Relations"],
    summary: "A relation",
    description:
      "A relation at asOf: its countries, its public facts counted by kind, and its related links (the article's further reading, never facts). With on (valid time), only the facts that held on that date are counted.",
    request: { params: slugParams, query: ZValidReadQuery },
    responses: { ...okOrLd(ZApiRelationDetail, "The relation"), ...notFound, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/relations/{slug}/facts",
    operationId: "listRelationFacts",
    security: publicAccess,
    tags: ["Facts"],
    summary: "A relation's facts",
    description:
      "The facts public at asOf, oldest valid time first (undated first), optionally filtered by kind, by " +
      "valid time (on: true at some point of that day, month or year; or overlap with validFrom..validTo; " +
      "undated facts then drop out) and by words of the statement. on and asOf together: what Dyad said at " +
      "asOf about on.",
    request: { params: slugParams, query: ZListFactsQuery },
    responses: { ...okPage(ZApiFactPage, "A page of facts"), ...notFound, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/relations/{slug}/changes",
    operationId: "getRelationChanges",
    security: publicAccess,
    tags: ["Facts"],
    summary: "What changed in a relation between two instants",
    description:
      "Facts added, changed (with the field-by-field diff) and withdrawn between the public state at since " +
      "and at asOf (or now). A since after asOf, or in the future, is a 400.",
    request: { params: slugParams, query: ZRelationChangesQuery },
    responses: { ...ok(ZApiRelationChanges, "The changes"), ...notFound, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/search",
    operationId: "search",
    security: publicAccess,
    tags: ["Facts"],
    summary: "Search published facts, relations and countries",
    description:
      "Facts by statement text, kind (trade, embassy, visit), structured fields (years, amounts, people, " +
      "places, agreement titles), with typo tolerance; facets kind, relation and from..to (years of valid " +
      "time), each counted without its own filter. One result per sentence with its number of claims; paged.",
    request: { query: ZSearchRequest },
    responses: { ...okPage(ZApiSearchResults, "A page of results"), ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/facts/{id}",
    operationId: "getFact",
    security: publicAccess,
    tags: ["Facts"],
    summary: "A fact and its public revisions",
    description:
      "What the public saw of a fact at asOf, every revision public at some time up to asOf, and each " +
      "publication and withdrawal. 404 if the fact was not public by then; drafts never show. With on (valid time), " +
      "heldOn says whether what the public saw held on that date.",
    request: { params: factParams, query: ZValidReadQuery },
    responses: { ...okOrLd(ZApiFactDetail, "The fact"), ...notFound, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/facts/{id}/diff",
    operationId: "diffFactRevisions",
    security: publicAccess,
    tags: ["Facts"],
    summary: "Compare two revisions",
    description: "Two public revisions of a fact compared field by field, and the statement word by word.",
    request: { params: factParams, query: ZDiffQuery },
    responses: { ...ok(ZApiRevisionDiff, "The differences"), ...notFound, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/sources",
    operationId: "listSources",
    security: publicAccess,
    tags: ["Sources"],
    summary: "Sources",
    description: "Sources cited by the facts public at asOf (all, or one relation's), in id order.",
    request: { query: ZListSourcesQuery },
    responses: { ...okPage(ZApiSourcePage, "A page of sources"), ...notFound, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/sources/{id}",
    operationId: "getSource",
    security: publicAccess,
    tags: ["Sources"],
    summary: "A source and the facts citing it",
    description: "A source and up to 1,000 facts whose public revision cited it at asOf.",
    request: { params: z.object({ id: ZUuid }), query: ZReadQuery },
    responses: { ...ok(ZApiSourceDetail, "The source"), ...notFound, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/changes",
    operationId: "listChanges",
    security: publicAccess,
    tags: ["Changes"],
    summary: "Changes feed",
    description:
      "Every publication and withdrawal, oldest first, with the content made public. Apply the events in " +
      "order (published: put the fact; withdrawn: remove it) and, on the last page (hasMore false), you hold " +
      "exactly the public state at meta.asOf. Keep nextCursor and poll it later for what follows. A full page " +
      "never changes.",
    request: { query: ZChangesQuery },
    responses: { ...okPage(ZApiChangesPage, "A page of events"), ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/changes.atom",
    operationId: "getChangesAtom",
    security: publicAccess,
    tags: ["Changes"],
    summary: "Changes feed (Atom)",
    description: "The latest 50 events as an Atom feed, for feed readers.",
    responses: {
      200: { description: "An Atom feed", content: { "application/atom+xml": { schema: z.string() } } },
      ...commonErrors,
    },
  });
}
