// Webhook subscriptions of the public API (/api/v1/webhooks): requests and answers.
import { z } from "zod";
import { ZAnyCountryCode, ZSlug } from "./api";
import { ZUuid } from "./fact";
import { ZFactKind } from "./fact-data";

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
