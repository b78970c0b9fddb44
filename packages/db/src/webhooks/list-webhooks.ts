import { getDb } from "../client";
import type { ApiTokenAuth } from "../tokens/authenticate-api-token";
import { toWebhookView, webhookSelect } from "./webhook-view";

/** The token's live subscriptions, oldest first. */
export async function listWebhooks(options: { auth: ApiTokenAuth }) {
  const rows = await getDb().webhookSubscription.findMany({
    where: { tokenId: options.auth.tokenId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: webhookSelect,
  });
  return rows.map(toWebhookView);
}
