import { deleteWebhook, getWebhook } from "@dyad/db";
import { json } from "@/lib/api/respond";
import { route, withToken } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  /** One of the token's subscriptions: its filters, cursor and retry state. */
  GET: withToken("webhooks:write", async (request, { params, auth }) => {
    return json(request, { data: await getWebhook({ auth, webhookId: String(params.id) }) }, { cache: "none" });
  }),
  /** Stop a subscription; its delivery log stays. */
  DELETE: withToken("webhooks:write", async (_request, { params, auth }) => {
    await deleteWebhook({ auth, webhookId: String(params.id) });
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  }),
});
