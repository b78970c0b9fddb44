// The changes feed (JSON and Atom): its query, its response and its OpenAPI paths.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import { ZApiRedaction } from "./facts";
import { commonErrors, okPage, publicAccess } from "./openapi/responses";
import { cursor, limit, ZInstant } from "./shared/requests";
import { instant, ZFactRecord } from "./shared/responses";

export const ZChangesQuery = z
  .strictObject({
    since: ZInstant.optional().describe("Start after this instant (e.g. a release's asOf) instead of the beginning"),
    asOf: ZInstant.optional().describe(
      "Stop at this instant: replaying up to the last page then gives exactly the public state at asOf",
    ),
    cursor,
    limit,
  })
  .refine((v) => !(v.since && v.cursor), { message: "give since or cursor, not both", path: ["since"] });

export const ZApiChangeEvent = z.object({
  id: z.string().describe("The event's position in the publication log"),
  at: instant,
  type: z.enum(["published", "withdrawn"]),
  factId: ZUuid,
  relation: z.string(),
  fact: ZFactRecord.nullable().describe("published: the content now public; withdrawn or redacted: null"),
  redacted: ZApiRedaction.nullable().describe("Set when the revision this event published was later taken down"),
  changeSet: z
    .object({
      id: ZUuid,
      title: z.string(),
      description: z.string().describe("What the change-set is about, as its editors wrote it (may be empty)"),
      action: z.enum(["published", "reverted"]).describe("The change-set's publish, or its revert"),
    })
    .nullable()
    .describe(
      "Set when the event is part of an editorial change-set: all its events share one instant and are never split across pages",
    ),
});
export const ZApiChangesPage = z.object({
  data: z.array(ZApiChangeEvent),
  meta: z.object({
    limit: z.number().int(),
    hasMore: z.boolean().describe("More events follow now; when false, poll nextCursor later"),
    nextCursor: z.string().describe("Where to continue, now or later"),
    asOf: instant
      .nullable()
      .describe("On the last page: applying every event so far gives exactly the public state at this instant"),
  }),
  // No total: the feed only grows, and a full page is immutable (cached for a year).
  links: z.object({ self: z.string(), next: z.string(), first: z.string().describe("The feed's first page") }),
});

export const ZApiChangeGroup = z.object({
  id: z.string().describe("The position of its first event in the publication log"),
  at: instant,
  changeSet: ZApiChangeEvent.shape.changeSet,
  events: z
    .array(ZApiChangeEvent)
    .describe("One event for a single fact; every event of the change-set's publish or revert"),
});
export const ZApiChangeGroupsPage = ZApiChangesPage.extend({ data: z.array(ZApiChangeGroup) });

export const listChangesEndpoint: RouteConfig = {
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
};

export const listChangeGroupsEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/changes/grouped",
  operationId: "listChangeGroups",
  security: publicAccess,
  tags: ["Changes"],
  summary: "Changes feed, one entry per publish",
  description:
    "The changes feed's pages grouped: each entry is one publish, either one fact's publication or " +
    "withdrawal, or an editorial change-set's publish (or revert) with all its events, which share one " +
    "instant. Same query, same cursors (interchangeable with /api/v1/changes) and same events; limit " +
    "counts events, and a page never ends inside an entry.",
  request: { query: ZChangesQuery },
  responses: { ...okPage(ZApiChangeGroupsPage, "A page of entries"), ...commonErrors },
};

export const getChangesAtomEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/changes.atom",
  operationId: "getChangesAtom",
  security: publicAccess,
  tags: ["Changes"],
  summary: "Changes feed (Atom)",
  description:
    "The latest 50 events as an Atom feed, for feed readers: a change-set's publish (or revert) is one entry naming and linking each fact.",
  responses: {
    200: { description: "An Atom feed", content: { "application/atom+xml": { schema: z.string() } } },
    ...commonErrors,
  },
};
