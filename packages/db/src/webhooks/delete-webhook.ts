import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import type { ApiTokenAuth } from "../tokens/authenticate-api-token";
import { findOwnWebhook } from "./find-webhook";

/** Stop a subscription. Its delivery log stays (history); nothing more is sent. */
export async function deleteWebhook(options: { auth: ApiTokenAuth; webhookId: string }) {
  await getDb().$transaction(async (tx) => {
    const row = await findOwnWebhook(tx, options.auth, options.webhookId);
    await tx.webhookSubscription.update({ where: { id: row.id }, data: { deletedAt: new Date() } });
    await writeAuditEvent(tx, {
      actor: options.auth.actor,
      event: { type: "webhook.deleted", payload: { subscriptionId: row.id } },
    });
  });
}
