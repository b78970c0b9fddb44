import { ZCreateWebhookRequest } from "@dyad/api-contract";
import { createWebhook, listWebhooks, parseInput } from "@dyad/db";
import { readJson } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { route, withToken } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  /** The token's webhook subscriptions. */
  GET: withToken("webhooks:write", async (request, { auth }) =>
    json(request, { data: await listWebhooks({ auth }) }, { cache: "none" }),
  ),
  /** Subscribe to the changes feed (scope webhooks:write); the secret is in this answer only. */
  POST: withToken("webhooks:write", async (request, { auth }) => {
    const webhook = await createWebhook({ auth, input: parseInput(ZCreateWebhookRequest, await readJson(request)) });
    const location = `/api/v1/webhooks/${webhook.id}`;
    return json(request, { data: webhook }, { status: 201, cache: "none", headers: { location } });
  }),
});
