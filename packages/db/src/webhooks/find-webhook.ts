import { ZUuid } from "@dyad/core/schemas/fact";
import { notFound, parseInput } from "../errors";
import type { ApiTokenAuth } from "../tokens/authenticate-api-token";
import type { Tx } from "../tx";
import { webhookSelect } from "./webhook-view";

/** A live subscription of this token; any other (another token's, deleted) does not exist for it. */
export async function findOwnWebhook(db: Tx, auth: ApiTokenAuth, id: string) {
  const webhookId = parseInput(ZUuid, id);
  const row = await db.webhookSubscription.findFirst({
    where: { id: webhookId, tokenId: auth.tokenId, deletedAt: null },
    select: webhookSelect,
  });
  if (!row) throw notFound("Webhook");
  return row;
}
