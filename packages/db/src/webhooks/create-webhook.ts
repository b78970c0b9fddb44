import { ZCreateWebhookRequest } from "@dyad/api-contract";
import type { z } from "zod";
import { resolveReadInstant } from "../api/read-instant";
import { writeAuditEvent } from "../audit/write-audit-event";
import { changesCursorAt, checkChangesCursor } from "../changes/list-api-changes";
import { getDb } from "../client";
import { parseInput } from "../errors";
import type { ApiTokenAuth } from "../tokens/authenticate-api-token";
import { newWebhookSecret } from "./sign-delivery";
import { allowPrivateReceivers, checkWebhookUrl, type Resolve } from "./webhook-url";
import { toWebhookView, webhookSelect } from "./webhook-view";

/**
 * Subscribe a token to the changes feed: matching publications and withdrawals are POSTed to
 * `url`, signed with a new secret (returned once). It starts from now, or after `cursor`.
 */
export async function createWebhook(options: {
  auth: ApiTokenAuth;
  input: z.input<typeof ZCreateWebhookRequest>;
  allowPrivate?: boolean;
  /** How the receiver's host name is resolved (default: the system's dns.lookup). */
  resolve?: Resolve;
}) {
  const input = parseInput(ZCreateWebhookRequest, options.input);
  await checkWebhookUrl(input.url, options.allowPrivate ?? allowPrivateReceivers(), options.resolve);
  if (input.cursor) checkChangesCursor(input.cursor);
  const cursor = input.cursor ?? changesCursorAt((await resolveReadInstant()).instant);
  const secret = newWebhookSecret();
  const row = await getDb().$transaction(async (tx) => {
    const created = await tx.webhookSubscription.create({
      data: {
        tokenId: options.auth.tokenId,
        url: input.url,
        secret,
        relation: input.relation ?? null,
        country: input.country ?? null,
        kind: input.kind ?? null,
        cursor,
      },
      select: webhookSelect,
    });
    await writeAuditEvent(tx, {
      actor: options.auth.actor,
      event: {
        type: "webhook.created",
        payload: { subscriptionId: created.id, tokenId: options.auth.tokenId, url: input.url },
      },
    });
    return created;
  });
  return { ...toWebhookView(row), secret };
}
