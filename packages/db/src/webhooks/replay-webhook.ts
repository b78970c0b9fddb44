import { ZReplayWebhookRequest } from "@dyad/api-contract";
import type { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { checkChangesCursor } from "../changes/list-api-changes";
import { getDb } from "../client";
import { parseInput } from "../errors";
import type { ApiTokenAuth } from "../tokens/authenticate-api-token";
import { findOwnWebhook } from "./find-webhook";
import { toWebhookView, webhookSelect } from "./webhook-view";

/**
 * Move a subscription back (or forward) to any changes-feed cursor: every matching event after
 * it is delivered again, in order, from the next delivery on (at once: failures are forgiven).
 */
export async function replayWebhook(options: {
  auth: ApiTokenAuth;
  webhookId: string;
  input: z.input<typeof ZReplayWebhookRequest>;
}) {
  const { cursor } = parseInput(ZReplayWebhookRequest, options.input);
  checkChangesCursor(cursor);
  const row = await getDb().$transaction(async (tx) => {
    const own = await findOwnWebhook(tx, options.auth, options.webhookId);
    const updated = await tx.webhookSubscription.update({
      where: { id: own.id },
      data: { cursor, attempts: 0, nextAttemptAt: new Date(), lastError: null },
      select: webhookSelect,
    });
    await writeAuditEvent(tx, {
      actor: options.auth.actor,
      event: { type: "webhook.replayed", payload: { subscriptionId: own.id, cursor } },
    });
    return updated;
  });
  return toWebhookView(row);
}
