import { getDb } from "../client";
import type { ApiTokenAuth } from "../tokens/authenticate-api-token";
import { findOwnWebhook } from "./find-webhook";

/** A subscription's delivery log, newest first (the latest 100). */
export async function listWebhookDeliveries(options: { auth: ApiTokenAuth; webhookId: string }) {
  const own = await findOwnWebhook(getDb(), options.auth, options.webhookId);
  const rows = await getDb().webhookDelivery.findMany({
    where: { subscriptionId: own.id },
    orderBy: { at: "desc" },
    take: 100,
  });
  return rows.map(({ subscriptionId: _s, at, ...row }) => ({ ...row, at: at.toISOString() }));
}
