import { getDb } from "../client";
import type { ApiTokenAuth } from "../tokens/authenticate-api-token";
import { findOwnWebhook } from "./find-webhook";
import { toWebhookView } from "./webhook-view";

/** One of the token's live subscriptions (a malformed id is INVALID, another's NOT_FOUND). */
export async function getWebhook(options: { auth: ApiTokenAuth; webhookId: string }) {
  return toWebhookView(await findOwnWebhook(getDb(), options.auth, options.webhookId));
}
