// Writing by API token: create a draft fact, read its latest draft, revise it, submit it for
// review. Request bodies, the draft response, the headers and the OpenAPI paths.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ZFactContent, ZNote, ZSection } from "@dyad/core/schemas/fact";
import { ZValidTime } from "@dyad/core/schemas/partial-date";
import { ZCitationInput } from "@dyad/core/schemas/source";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import { factParams } from "./facts";
import { commonErrors, notFound, tokenAccess, writeErrors, ZProblem } from "./openapi/responses";
import { noNul, ZSlug } from "./shared/requests";
import { ZApiCitedSource } from "./shared/responses";

export const ZCreateFactRequest = z
  .strictObject({
    relation: ZSlug,
    content: ZFactContent,
    note: ZNote,
  })
  .refine(noNul, "text must not contain NUL characters")
  .describe("A new fact, saved as a draft for review");
export type TCreateFactRequest = z.input<typeof ZCreateFactRequest>;

export const ZPatchFactContent = z
  .strictObject({
    section: ZSection.optional(),
    statement: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional().describe("Replaces the draft's data object as a whole"),
    validTime: ZValidTime.optional(),
    sources: z.array(ZCitationInput).max(50).optional().describe("Replaces the draft's citations as a whole"),
  })
  .describe("The fields to change; the others keep the draft's value. A fact's kind never changes.");

export const ZPatchFactRequest = z
  .strictObject({ content: ZPatchFactContent, note: ZNote })
  .refine(noNul, "text must not contain NUL characters")
  .describe("A new draft revision: the current draft with these fields replaced");
export type TPatchFactRequest = z.input<typeof ZPatchFactRequest>;

export const ZApiDraft = z.object({
  data: z.object({
    factId: ZUuid,
    relation: z.string(),
    revisionId: ZUuid.describe("Send it back as If-Match to revise this draft"),
    revision: z.number().int(),
    reviewState: z.enum(["DRAFT", "SUBMITTED", "REJECTED", "PUBLISHED"]),
    publishedRevisionId: ZUuid.nullable().describe("What the public sees now; null: not public"),
    kind: z.string(),
    section: z.string(),
    statement: z.string(),
    data: z.record(z.string(), z.unknown()),
    validTime: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
    sources: z.array(ZApiCitedSource),
    note: z.string(),
    createdAt: z.string(),
    publishIssues: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .describe("What must change before a reviewer can publish it (empty: ready)"),
  }),
});
export type TApiDraft = z.infer<typeof ZApiDraft>;

export const ZIdempotencyKey = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, "use visible ASCII characters only (a UUID is a good key)")
  .describe("Idempotency-Key: one per logical write; a retry with the same key replays the first result");

const ifMatch = z.object({
  "If-Match": z.string().describe('The draft revision you started from, quoted: "<revisionId>" (the draft\'s ETag)'),
});
const idempotencyKey = z.object({ "Idempotency-Key": ZIdempotencyKey.optional() });
const draftOk = (status: number, description: string) => ({
  [status]: {
    description,
    headers: z.object({
      ETag: z.string().describe('"<revisionId>" of the draft: the next If-Match'),
      "Idempotent-Replayed": z
        .literal("true")
        .optional()
        .describe(
          "Present when this answers a retry whose Idempotency-Key had already written: nothing was written again",
        ),
    }),
    content: { "application/json": { schema: ZApiDraft } },
  },
});
const conflict = {
  409: {
    description: "Someone saved the draft since: currentRevisionId names the revision to start from",
    content: { "application/problem+json": { schema: ZProblem } },
  },
};
const preconditionRequired = {
  428: {
    description: "If-Match is missing",
    content: { "application/problem+json": { schema: ZProblem } },
  },
};

export const createFactEndpoint: RouteConfig = {
  method: "post",
  path: "/api/v1/facts",
  operationId: "createFact",
  tags: ["Writing"],
  summary: "Create a draft fact",
  description: "A new fact, saved as a draft for review, with the same rules as the editor app (scope facts:write).",
  security: tokenAccess,
  request: {
    headers: idempotencyKey,
    body: { required: true, content: { "application/json": { schema: ZCreateFactRequest } } },
  },
  responses: { ...draftOk(201, "The draft"), ...notFound, ...writeErrors, ...commonErrors },
};

export const getFactDraftEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/facts/{id}/draft",
  operationId: "getFactDraft",
  tags: ["Writing"],
  summary: "A fact's latest draft",
  description: "The draft an edit starts from; its ETag is the If-Match of the edit (scope facts:write).",
  security: tokenAccess,
  request: { params: factParams },
  responses: { ...draftOk(200, "The draft"), ...notFound, ...writeErrors, ...commonErrors },
};

export const reviseFactDraftEndpoint: RouteConfig = {
  method: "patch",
  path: "/api/v1/facts/{id}",
  operationId: "reviseFactDraft",
  tags: ["Writing"],
  summary: "Revise a draft",
  description:
    "Save a new draft revision: the draft named by If-Match with the given content fields replaced " +
    "(scope facts:write). Saving what the draft already says creates nothing (changed: false).",
  security: tokenAccess,
  request: {
    params: factParams,
    headers: ifMatch.extend(idempotencyKey.shape),
    body: { required: true, content: { "application/json": { schema: ZPatchFactRequest } } },
  },
  responses: { ...draftOk(200, "The new draft"), ...conflict, ...preconditionRequired, ...notFound, ...writeErrors },
};

export const submitFactDraftEndpoint: RouteConfig = {
  method: "post",
  path: "/api/v1/facts/{id}/submit",
  operationId: "submitFactDraft",
  tags: ["Writing"],
  summary: "Submit a draft for review",
  description:
    "Send the draft named by If-Match to the reviewers; refused with its issues if it could not be published.",
  security: tokenAccess,
  request: { params: factParams, headers: ifMatch },
  responses: { ...draftOk(200, "The submitted draft"), ...conflict, ...preconditionRequired, ...writeErrors },
};
