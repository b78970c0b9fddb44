import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ZWebhookCreated, ZWebhookDeliveryList, ZWebhookList } from "@dyad/api-contract";
import { verifyDelivery } from "@dyad/db";
import { afterAll, describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario, tokenFor } from "../setup/api-factories";

const received: { body: string; signature: string }[] = [];
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    received.push({ body, signature: String(req.headers["dyad-signature"]) });
    res.writeHead(200).end();
  });
});
server.listen(0, "127.0.0.1");
await once(server, "listening");
const hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dyad`;
afterAll(() => new Promise((r) => server.close(r)));

describe("webhooks through the API", () => {
  it("subscribes with a token, and the running app delivers signed changes to the receiver", async () => {
    const scenario = await relationScenario();
    const { secret } = await tokenFor("EDITOR", ["webhooks:write"]);
    const client = apiClient({ token: secret });
    const created = await client.send("POST", "/api/v1/webhooks", { url: hookUrl, relation: scenario.relation.slug });
    const text = await created.text();
    expect(created.status, text).toBe(201);
    const webhook = ZWebhookCreated.parse(JSON.parse(text)).data;
    expect(created.headers.get("location")).toBe(`/api/v1/webhooks/${webhook.id}`);
    expect(webhook.secret).toMatch(/^whsec_/);
    const listed = ZWebhookList.parse(await client.json("/api/v1/webhooks"));
    expect(listed.data.map((w) => w.id)).toEqual([webhook.id]);
    expect(JSON.stringify(listed)).not.toContain(webhook.secret);

    const fact = await publishedFact(scenario, "Pushed to a subscriber.");
    // The app's delivery worker runs every 2 s; the feed serves settled changes only.
    for (let i = 0; i < 150 && !received.some((r) => r.body.includes(fact.factId)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const delivery = received.find((r) => r.body.includes(fact.factId));
    expect(delivery).toBeDefined();
    const now = Math.floor(Date.now() / 1000);
    expect(
      verifyDelivery({ secret: webhook.secret, body: delivery?.body ?? "", header: delivery?.signature, now }),
    ).toBe(true);
    const log = ZWebhookDeliveryList.parse(await client.json(`/api/v1/webhooks/${webhook.id}/deliveries`));
    expect(log.data[0]).toMatchObject({ ok: true, status: 200 });

    // Another token sees none of it; deleting stops it.
    const other = apiClient({ token: (await tokenFor("EDITOR", ["webhooks:write"])).secret });
    await expectProblem(await other.fetch(`/api/v1/webhooks/${webhook.id}/deliveries`), 404);
    expect((await client.fetch(`/api/v1/webhooks/${webhook.id}`, { method: "DELETE" })).status).toBe(204);
    expect(ZWebhookList.parse(await client.json("/api/v1/webhooks")).data).toEqual([]);
  });

  it("refuses bad subscriptions with a clear 4xx, and tokens without the scope", async () => {
    const { secret } = await tokenFor("EDITOR", ["webhooks:write"]);
    const client = apiClient({ token: secret });
    await expectProblem(await client.send("POST", "/api/v1/webhooks", { url: "not a url" }), 400);
    await expectProblem(await client.send("POST", "/api/v1/webhooks", { url: hookUrl, kind: "GOSSIP" }), 400);
    await expectProblem(await client.send("POST", "/api/v1/webhooks", { url: hookUrl, country: "XX" }), 400);
    await expectProblem(await client.send("POST", "/api/v1/webhooks", { url: hookUrl, cursor: "nope" }), 400);
    await expectProblem(await apiClient().send("POST", "/api/v1/webhooks", { url: hookUrl }), 401);
    const writer = apiClient({ token: (await tokenFor("EDITOR", ["facts:write"])).secret });
    await expectProblem(await writer.send("POST", "/api/v1/webhooks", { url: hookUrl }), 403);
    await expectProblem(await client.fetch("/api/v1/webhooks/not-an-id"), 400);
  });
});
