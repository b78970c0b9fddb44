import { listWebhookDeliveries } from "@dyad/db";
import { json } from "@/lib/api/respond";
import { route, withToken } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  /** The subscription's delivery log, newest first: each attempt, its events and the receiver's answer. */
  GET: withToken("webhooks:write", async (request, { params, auth }) =>
    json(request, { data: await listWebhookDeliveries({ auth, webhookId: String(params.id) }) }, { cache: "none" }),
  ),
});
