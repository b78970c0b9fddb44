import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import {
  ZCreateWebhookRequest,
  ZReplayWebhookRequest,
  ZUuid,
  ZWebhookCreated,
  ZWebhookDeliveryList,
  ZWebhookList,
  ZWebhookResponse,
} from "@dyad/db";
import { z } from "zod";
import { commonErrors, notFound, ok, writeErrors } from "./components";

const security = [{ apiToken: [] }];
const params = z.object({ id: ZUuid.describe("A webhook subscription's id") });
const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

/** Webhooks: a token's subscriptions to the changes feed (scope webhooks:write). */
export function registerWebhookPaths(registry: OpenAPIRegistry) {
  const tags = ["Webhooks"];
  registry.registerPath({
    method: "get",
    path: "/api/v1/webhooks",
    operationId: "listWebhooks",
    tags,
    summary: "Your webhooks",
    description: "The subscriptions of the token making the request.",
    security,
    responses: { ...ok(ZWebhookList, "The subscriptions"), ...writeErrors, ...commonErrors },
  });
  registry.registerPath({
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
    security,
    request: { body: { required: true, content: json(ZCreateWebhookRequest) } },
    responses: {
      201: { description: "The subscription and its secret", content: json(ZWebhookCreated) },
      ...writeErrors,
      ...commonErrors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/webhooks/{id}",
    operationId: "getWebhook",
    tags,
    summary: "A webhook",
    description: "Its filters, its cursor in the changes feed and its retry state.",
    security,
    request: { params },
    responses: { ...ok(ZWebhookResponse, "The subscription"), ...notFound, ...writeErrors, ...commonErrors },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/v1/webhooks/{id}",
    operationId: "deleteWebhook",
    tags,
    summary: "Stop a webhook",
    description: "Nothing more is sent; the delivery log stays.",
    security,
    request: { params },
    responses: { 204: { description: "Stopped" }, ...notFound, ...writeErrors, ...commonErrors },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/webhooks/{id}/replay",
    operationId: "replayWebhook",
    tags,
    summary: "Replay from a cursor",
    description:
      "Deliver again every matching change after a changes-feed cursor (meta.nextCursor of /api/v1/changes).",
    security,
    request: { params, body: { required: true, content: json(ZReplayWebhookRequest) } },
    responses: { ...ok(ZWebhookResponse, "The subscription, moved"), ...notFound, ...writeErrors, ...commonErrors },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/webhooks/{id}/deliveries",
    operationId: "listWebhookDeliveries",
    tags,
    summary: "Delivery log",
    description: "Every attempt, newest first (the latest 100): the events sent and the receiver's answer.",
    security,
    request: { params },
    responses: { ...ok(ZWebhookDeliveryList, "The attempts"), ...notFound, ...writeErrors, ...commonErrors },
  });
}
