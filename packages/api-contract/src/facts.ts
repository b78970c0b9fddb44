// Public facts: a relation's facts, one fact with its public revisions, and two revisions
// compared. Queries, responses and OpenAPI paths.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { firstDay, lastDay, ZPartialDate, ZValidOn } from "@dyad/core/schemas/partial-date";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import { commonErrors, notFound, ok, okOrLd, okPage, publicAccess } from "./openapi/responses";
import { slugParams } from "./relations";
import { asOf, cursor, limit, text, ZKindList, ZValidReadQuery } from "./shared/requests";
import { instant, page, ZApiFact, ZApiReadMeta, ZFactRecord } from "./shared/responses";

/** The path parameter of every endpoint under /api/v1/facts/{id}. */
export const factParams = z.object({ id: ZUuid.describe("A fact's id") });

export const ZListFactsQuery = z
  .strictObject({
    asOf,
    on: ZValidOn.optional(),
    kind: ZKindList.optional(),
    validFrom: ZPartialDate.optional().describe("Only facts that held on or after this date (valid time)"),
    validTo: ZPartialDate.optional().describe("Only facts that held on or before this date (valid time)"),
    q: text(200).trim().min(1).optional().describe("Words the statement contains (web search syntax: quotes, -word)"),
    cursor,
    limit,
  })
  .refine((v) => !v.validFrom || !v.validTo || firstDay(v.validFrom) <= lastDay(v.validTo), {
    message: "validFrom comes after validTo",
    path: ["validTo"],
  })
  .refine((v) => !v.on || (!v.validFrom && !v.validTo), {
    message: "give on (one date) or validFrom/validTo (a period), not both",
    path: ["on"],
  });

export const ZRevisionRef = z
  .string()
  // No /i flag: the OpenAPI document carries the pattern's source only, where a flag would be
  // written into the pattern and reject every value (issue 19.5); both cases are spelled out.
  .regex(
    /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[1-9][0-9]{0,8})$/,
    "a revision id or number",
  )
  .describe("A revision's id, or its number within the fact (1, 2, ...)");

export const ZDiffQuery = z.strictObject({ from: ZRevisionRef, to: ZRevisionRef, asOf });

export const ZApiFactPage = page(ZApiFact);

/** A takedown: the revision's text is no longer served anywhere (docs/releases.md, "Takedowns"). */
export const ZApiRedaction = z
  .object({ at: instant, by: z.string(), reason: z.string() })
  .describe("The revision's text was withdrawn from public view: when, by whom, why");

export const ZApiPublicationEvent = z.object({
  at: instant,
  type: z.enum(["published", "withdrawn"]),
  revisionId: ZUuid.nullable(),
  revision: z.number().int().nullable(),
  redacted: ZApiRedaction.nullable().describe("Set when the revision published here was later taken down"),
});

export const ZApiFactDetail = z.object({
  data: z.object({
    factId: ZUuid,
    relation: z.string(),
    status: z
      .enum(["public", "withdrawn", "redacted"])
      .describe("withdrawn: public before asOf, not at asOf; redacted: what was public at asOf was taken down"),
    current: ZApiFact.nullable().describe("What the public saw at asOf; null when withdrawn or redacted"),
    heldOn: z
      .boolean()
      .nullable()
      .optional()
      .describe(
        "Only with on: whether `current` held at some point of that date (valid time), as the facts list with the same on would include it; null when nothing is public",
      ),
    revisions: z
      .array(ZFactRecord)
      .describe("Every revision that was public at some time up to asOf and not taken down, oldest first"),
    history: z.array(ZApiPublicationEvent).describe("Publications and withdrawals up to asOf, oldest first"),
  }),
  meta: ZApiReadMeta,
});

export const ZApiRevisionDiff = z.object({
  data: z.object({
    factId: ZUuid,
    from: ZFactRecord,
    to: ZFactRecord,
    changes: z
      .array(
        z.object({
          path: z.string().describe("Dotted path of the changed field, e.g. data.amount.value or sources.0.title"),
          type: z.enum(["added", "removed", "changed"]),
          from: z.unknown().optional(),
          to: z.unknown().optional(),
        }),
      )
      .describe("Field by field, ignoring who wrote the revisions, when and why"),
    statement: z
      .array(z.object({ type: z.enum(["same", "added", "removed"]), text: z.string() }))
      .describe("The statement compared word by word"),
  }),
  meta: ZApiReadMeta,
});

export const listRelationFactsEndpoint: RouteConfig = {
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
};

export const getFactEndpoint: RouteConfig = {
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
};

export const diffFactRevisionsEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/facts/{id}/diff",
  operationId: "diffFactRevisions",
  security: publicAccess,
  tags: ["Facts"],
  summary: "Compare two revisions",
  description: "Two public revisions of a fact compared field by field, and the statement word by word.",
  request: { params: factParams, query: ZDiffQuery },
  responses: { ...ok(ZApiRevisionDiff, "The differences"), ...notFound, ...commonErrors },
};
