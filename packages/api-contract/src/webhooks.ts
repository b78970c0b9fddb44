// Webhook subscriptions of the public API (/api/v1/webhooks): a token's subscriptions to the
// changes feed (scope webhooks:write). Requests, answers and OpenAPI paths.
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ZFactKind } from "@dyad/core/schemas/fact-data";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import { commonErrors, notFound, ok, tokenAccess, writeErrors } from "./openapi/responses";
import { ZAnyCountryCode, ZSlug } from "./shared/requests";

export const ZWebhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe("Where deliveries are POSTed (http or https)");

export const ZCreateWebhookRequest = z.strictObject({
  url: ZWebhookUrl,
  relation: ZSlug.optional().describe("Only changes to this relation's facts"),
  country: ZAnyCountryCode.optional().describe("Only changes in relations of this country (any code the API accepts)"),
  kind: ZFactKind.optional().describe("Only changes to facts of this kind (a withdrawal matches the kind it had)"),
  cursor: z
    .string()
    .max(1000)
    .optional()
    .describe("Start after this changes-feed cursor (meta.nextCursor of /api/v1/changes); default: from now on"),
});
export type TCreateWebhookRequest = z.input<typeof ZCreateWebhookRequest>;

export const ZReplayWebhookRequest = z.strictObject({
  cursor: z
    .string()
    .min(1)
    .max(1000)
    .describe(
      "Deliver again every matching change after this changes-feed cursor (meta.nextCursor of /api/v1/changes)",
    ),
});

export const ZWebhook = z.object({
  id: ZUuid,
  url: z.string(),
  relation: z.string().nullable(),
  country: z.string().nullable().describe("ISO 3166-1 alpha-2"),
  kind: z.string().nullable(),
  cursor: z.string().describe("The changes-feed position delivered (and acknowledged) up to"),
  attempts: z.number().int().describe("Failed attempts in a row; 0 when the last delivery succeeded"),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type TWebhook = z.infer<typeof ZWebhook>;

export const ZWebhookCreated = z.object({
  data: ZWebhook.extend({
    secret: z.string().describe("Signs every delivery (Dyad-Signature): shown only now, keep it"),
  }),
});
export const ZWebhookResponse = z.object({ data: ZWebhook });
export const ZWebhookList = z.object({ data: z.array(ZWebhook) });

export const ZWebhookDelivery = z.object({
  id: ZUuid,
  attempt: z.number().int().describe("1 for a first try, more for retries of the same events"),
  eventIds: z.array(z.string()).describe("The changes-feed events sent"),
  fromCursor: z.string(),
  toCursor: z.string().describe("Where the subscription's cursor moves when this delivery succeeds"),
  ok: z.boolean(),
  status: z.number().int().nullable().describe("The receiver's HTTP status; null when it could not be reached"),
  error: z.string().nullable(),
  at: z.string(),
  durationMs: z.number().int(),
});
export const ZWebhookDeliveryList = z.object({ data: z.array(ZWebhookDelivery) });

const tags = ["Webhooks"];
const params = z.object({ id: ZUuid.describe("A webhook subscription's id") });
const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

export const listWebhooksEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/webhooks",
  operationId: "listWebhooks",
  tags,
  summary: "Your webhooks",
  description: "The subscriptions of the token making the request.",
  security: tokenAccess,
  responses: { ...ok(ZWebhookList, "The subscriptions"), ...writeErrors, ...commonErrors },
};

export const createWebhookEndpoint: RouteConfig = {
  method: "post",
  path: "/api/v1/webhooks",
  operationId: "createWebhook",
  tags,
  summary: "Subscribe to changes",
  description:
    "Matching publications and withdrawals (by relation, country, kind) are POSTed to url in feed order, one " +
    "page per request, signed: Dyad-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of `<t>.<body>` with " +
    "the secret>. A 2xx moves the subscription past them; anything else is retried with backoff (10 s " +
    "doubling to 1 h), so a receiver that was down gets every change after its cursor, once. The secret " +
    "is in this answer only.",
  security: tokenAccess,
  request: { body: { required: true, content: json(ZCreateWebhookRequest) } },
  responses: {
    201: { description: "The subscription and its secret", content: json(ZWebhookCreated) },
    ...writeErrors,
    ...commonErrors,
  },
};

export const getWebhookEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/webhooks/{id}",
  operationId: "getWebhook",
  tags,
  summary: "A webhook",
  description: "Its filters, its cursor in the changes feed and its retry state.",
  security: tokenAccess,
  request: { params },
  responses: { ...ok(ZWebhookResponse, "The subscription"), ...notFound, ...writeErrors, ...commonErrors },
};

export const deleteWebhookEndpoint: RouteConfig = {
  method: "delete",
  path: "/api/v1/webhooks/{id}",
  operationId: "deleteWebhook",
  tags,
  summary: "Stop a webhook",
  description: "Nothing more is sent; the delivery log stays.",
  security: tokenAccess,
  request: { params },
  responses: { 204: { description: "Stopped" }, ...notFound, ...writeErrors, ...commonErrors },
};

export const replayWebhookEndpoint: RouteConfig = {
  method: "post",
  path: "/api/v1/webhooks/{id}/replay",
  operationId: "replayWebhook",
  tags,
  summary: "Replay from a cursor",
  description: "Deliver again every matching change after a changes-feed cursor (meta.nextCursor of /api/v1/changes).",
  security: tokenAccess,
  request: { params, body: { required: true, content: json(ZReplayWebhookRequest) } },
  responses: { ...ok(ZWebhookResponse, "The subscription, moved"), ...notFound, ...writeErrors, ...commonErrors },
};

export const listWebhookDeliveriesEndpoint: RouteConfig = {
  method: "get",
  path: "/api/v1/webhooks/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  tags,
  summary: "Delivery log",
  description: "Every attempt, newest first (the latest 100): the events sent and the receiver's answer.",
  security: tokenAccess,
  request: { params },
  responses: { ...ok(ZWebhookDeliveryList, "The attempts"), ...notFound, ...writeErrors, ...commonErrors },
};
