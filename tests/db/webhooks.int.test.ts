import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  authenticateApiToken,
  createWebhook,
  deliverDueWebhooks,
  getDb,
  listApiChanges,
  listWebhookDeliveries,
  replayWebhook,
  verifyDelivery,
} from "@dyad/db";
import { afterAll, describe, expect, it } from "vitest";
import { publishedFact, relationScenario, tokenFor } from "../setup/api-factories";

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  events: { id: string; factId: string; type: string }[];
}

/** A webhook receiver on loopback that records what it gets, and fails while `failing` > 0. */
async function receiver(port = 0) {
  const state = { received: [] as Received[], failing: 0, server: null as Server | null };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (state.failing > 0) {
        state.failing--;
        res.writeHead(503).end("down for maintenance");
        return;
      }
      state.received.push({ headers: req.headers, body, events: JSON.parse(body).events });
      res.writeHead(204).end();
    });
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  state.server = server;
  return {
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    port: (server.address() as AddressInfo).port,
  };
}

const open: Server[] = [];
afterAll(async () => {
  await Promise.all(open.map((s) => new Promise((r) => s.close(r))));
  // Nothing left for the web app's delivery worker to try once the apps start (http tier).
  await getDb().webhookSubscription.updateMany({ where: { deletedAt: null }, data: { deletedAt: new Date() } });
});

/** Deliver until `done` holds: the feed serves only settled events, which other files' writes may hold back briefly. */
async function deliverUntil(done: () => boolean, now?: () => Date) {
  for (let i = 0; i < 100 && !done(); i++) {
    await deliverDueWebhooks({ allowPrivate: true, now: now?.() });
    if (!done()) await new Promise((r) => setTimeout(r, 100));
  }
  expect(done()).toBe(true);
}

const factIds = (received: Received[]) => received.flatMap((r) => r.events.map((e) => e.factId));

describe("webhooks", () => {
  it("delivers matching changes signed with the subscription's secret, to a real receiver", async () => {
    const hook = await receiver();
    open.push(hook.state.server as Server);
    const scenario = await relationScenario();
    const other = await relationScenario();
    const { secret: tokenSecret } = await tokenFor("EDITOR", ["webhooks:write"]);
    const auth = await authenticateApiToken({ secret: tokenSecret });
    const webhook = await createWebhook({
      auth,
      input: { url: hook.url, relation: scenario.relation.slug },
      allowPrivate: true,
    });

    const mine = await publishedFact(scenario, "Announced to subscribers.");
    await publishedFact(other, "Not for this subscriber.");
    await deliverUntil(() => factIds(hook.state.received).includes(mine.factId));

    const [delivery] = hook.state.received;
    expect(delivery?.events.map((e) => e.factId)).toEqual([mine.factId]);
    expect(delivery?.events[0]?.type).toBe("published");
    const now = Math.floor(Date.now() / 1000);
    expect(
      verifyDelivery({
        secret: webhook.secret,
        body: delivery?.body ?? "",
        header: delivery?.headers["dyad-signature"] as string,
        now,
      }),
    ).toBe(true);
    expect(
      verifyDelivery({
        secret: "whsec_wrong",
        body: delivery?.body ?? "",
        header: delivery?.headers["dyad-signature"] as string,
        now,
      }),
    ).toBe(false);
    const log = await listWebhookDeliveries({ auth, webhookId: webhook.id });
    expect(log[0]).toMatchObject({ ok: true, status: 204, attempt: 1 });
  });

  it("retries a failing receiver with backoff, and once it recovers delivers each change exactly once", async () => {
    const hook = await receiver();
    open.push(hook.state.server as Server);
    const scenario = await relationScenario();
    const { secret: tokenSecret } = await tokenFor("EDITOR", ["webhooks:write"]);
    const auth = await authenticateApiToken({ secret: tokenSecret });
    const webhook = await createWebhook({
      auth,
      input: { url: hook.url, relation: scenario.relation.slug, country: scenario.relation.countryBId },
      allowPrivate: true,
    });
    const sub = () => getDb().webhookSubscription.findUniqueOrThrow({ where: { id: webhook.id } });

    hook.state.failing = 2;
    const first = await publishedFact(scenario, "Published while the receiver is down.");
    // Time is moved on by hand (now), so the backoff is followed without waiting for it.
    let clock = new Date();
    for (let i = 0; i < 100 && (await sub()).attempts < 1; i++) {
      await deliverDueWebhooks({ allowPrivate: true, now: clock });
      await new Promise((r) => setTimeout(r, 100));
    }
    const afterFirst = await sub();
    expect(afterFirst.attempts).toBe(1);
    const wait1 = afterFirst.nextAttemptAt.getTime() - clock.getTime();
    expect(wait1).toBeGreaterThanOrEqual(10_000);
    // Not due yet: nothing is sent.
    await deliverDueWebhooks({ allowPrivate: true, now: clock });
    expect((await sub()).attempts).toBe(1);

    clock = afterFirst.nextAttemptAt;
    await deliverDueWebhooks({ allowPrivate: true, now: clock });
    const afterSecond = await sub();
    expect(afterSecond.attempts).toBe(2);
    expect(afterSecond.nextAttemptAt.getTime() - clock.getTime()).toBeGreaterThan(wait1);
    expect(afterSecond.lastError).toMatch(/503/);

    // Another change while it is still down, then the receiver is back.
    const second = await publishedFact(scenario, "Published before the receiver came back.");
    clock = afterSecond.nextAttemptAt;
    await deliverUntil(
      () => factIds(hook.state.received).includes(second.factId),
      () => {
        clock = new Date(Math.max(clock.getTime(), Date.now()));
        return clock;
      },
    );
    expect(factIds(hook.state.received)).toEqual([first.factId, second.factId]);
    expect((await sub()).attempts).toBe(0);
    const log = await listWebhookDeliveries({ auth, webhookId: webhook.id });
    expect(log.filter((d) => !d.ok).map((d) => d.status)).toEqual([503, 503]);
    expect(log.filter((d) => d.ok).length).toBeGreaterThan(0);

    // Nothing new: a later run sends nothing again.
    await deliverDueWebhooks({ allowPrivate: true, now: new Date(Date.now() + 60_000) });
    expect(factIds(hook.state.received)).toEqual([first.factId, second.factId]);
  });

  it("catches up a receiver that was unreachable, and replays from any changes-feed cursor", async () => {
    const hook = await receiver();
    const scenario = await relationScenario();
    const { secret: tokenSecret } = await tokenFor("EDITOR", ["webhooks:write"]);
    const auth = await authenticateApiToken({ secret: tokenSecret });
    const start = (await listApiChanges({ limit: 1 })).meta.nextCursor;
    const webhook = await createWebhook({
      auth,
      input: { url: hook.url, relation: scenario.relation.slug, kind: "GENERAL" },
      allowPrivate: true,
    });

    // The receiver's server is gone: the connection is refused.
    await new Promise((r) => hook.state.server?.close(r));
    const missed = await publishedFact(scenario, "Published while nobody listened.");
    let clock = new Date();
    for (let i = 0; i < 100; i++) {
      await deliverDueWebhooks({ allowPrivate: true, now: clock });
      const s = await getDb().webhookSubscription.findUniqueOrThrow({ where: { id: webhook.id } });
      if (s.attempts > 0) {
        clock = s.nextAttemptAt;
        expect(s.lastError).toMatch(/could not be reached/);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }

    const back = await receiver(hook.port);
    open.push(back.state.server as Server);
    await deliverUntil(
      () => factIds(back.state.received).includes(missed.factId),
      () => clock,
    );
    expect(factIds(back.state.received)).toEqual([missed.factId]);

    // Replay from a cursor taken before the subscription: the same change comes again, once.
    await replayWebhook({ auth, webhookId: webhook.id, input: { cursor: start } });
    await deliverUntil(() => factIds(back.state.received).length === 2);
    expect(factIds(back.state.received)).toEqual([missed.factId, missed.factId]);
    await expect(replayWebhook({ auth, webhookId: webhook.id, input: { cursor: "not-a-cursor" } })).rejects.toThrow(
      /cursor/,
    );
  });

  it("refuses a receiver on a private address unless allowed, and another token's subscription", async () => {
    const { secret } = await tokenFor("EDITOR", ["webhooks:write"]);
    const auth = await authenticateApiToken({ secret });
    for (const url of [
      "http://127.0.0.1/hook",
      "http://localhost:8080/",
      "http://10.0.0.5/",
      "http://[::1]/",
      "http://192.168.1.1/",
    ]) {
      await expect(createWebhook({ auth, input: { url } }), url).rejects.toThrow(/private address/);
    }
    await expect(createWebhook({ auth, input: { url: "ftp://example.org/" } })).rejects.toThrow();
    const mine = await createWebhook({ auth, input: { url: "https://example.org/hook" } });
    const stranger = await authenticateApiToken({ secret: (await tokenFor("EDITOR", ["webhooks:write"])).secret });
    await expect(listWebhookDeliveries({ auth: stranger, webhookId: mine.id })).rejects.toThrow(/not found/);
  });
});
