import { ZReplayWebhookRequest } from "@dyad/api-contract";
import { parseInput, replayWebhook } from "@dyad/db";
import { readJson } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { route, withToken } from "@/lib/api/route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  /** Deliver again every matching change after a changes-feed cursor. */
  POST: withToken("webhooks:write", async (request, { params, auth }) => {
    const input = parseInput(ZReplayWebhookRequest, await readJson(request));
    return json(
      request,
      { data: await replayWebhook({ auth, webhookId: String(params.id), input }) },
      { cache: "none" },
    );
  }),
});
