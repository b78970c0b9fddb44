import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
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
    const mine = await createWebhook({ auth, input: { url: "https://example.org/hook" }, resolve: resolvesTo(PUBLIC) });
    const stranger = await authenticateApiToken({ secret: (await tokenFor("EDITOR", ["webhooks:write"])).secret });
    await expect(listWebhookDeliveries({ auth: stranger, webhookId: mine.id })).rejects.toThrow(/not found/);
  });

  it("resolves the receiver's name and refuses it when any of its addresses is local or private", async () => {
    const { secret } = await tokenFor("EDITOR", ["webhooks:write"]);
    const auth = await authenticateApiToken({ secret });
    const subscribe = (url: string, addresses?: string[]) =>
      createWebhook({ auth, input: { url }, ...(addresses ? { resolve: resolvesTo(...addresses) } : {}) });
    // The machine's own name, through the system's resolver: it names this machine.
    await expect(subscribe(`http://${hostname()}:8080/hook`)).rejects.toThrow(/private address/);
    for (const addresses of [
      [PUBLIC, "10.0.0.5"],
      ["127.0.0.1"],
      [PUBLIC, "::ffff:127.0.0.1"],
      ["::ffff:8.8.8.8"],
      ["fd12:3456::1"],
      ["fe80::1"],
      ["169.254.169.254"],
      ["100.64.0.1"],
      ["::1"],
      ["0.0.0.0"],
      // IPv4-compatible (deprecated, ::/96) and other IPv6 outside global unicast (2000::/3).
      ["::7f00:1"],
      ["100::1"],
    ]) {
      const refused = subscribe("https://hooks.example.org/in", addresses);
      await expect(refused, addresses.join(" ")).rejects.toThrow(/resolves to .*, a local or private address/);
    }
    for (const url of [
      "http://[::ffff:7f00:1]/",
      "http://169.254.169.254/latest",
      "http://[fd00::1]/",
      "http://localhost./",
      "http://[::127.0.0.1]/",
      "http://[::a00:5]/",
    ]) {
      await expect(subscribe(url), url).rejects.toThrow(/private address/);
    }
    await expect(subscribe("https://nowhere.invalid/hook", [])).rejects.toThrow(/does not resolve/);
    const accepted = await subscribe("https://hooks.example.org/in", [PUBLIC, "2606:2800:220:1:248:1893:25c8:1946"]);
    expect(accepted.url).toBe("https://hooks.example.org/in");
  });

  it("checks the name again at delivery and connects only to the address it checked (DNS rebinding)", async () => {
    const hook = await receiver();
    open.push(hook.state.server as Server);
    const scenario = await relationScenario();
    const { secret } = await tokenFor("EDITOR", ["webhooks:write"]);
    const auth = await authenticateApiToken({ secret });
    // A name no real resolver knows (.invalid), on the receiver's port: reachable only through
    // the address the check resolved it to.
    const url = `http://rebind.invalid:${hook.port}/hook`;
    const webhook = await createWebhook({
      auth,
      input: { url, relation: scenario.relation.slug },
      resolve: resolvesTo(PUBLIC),
    });
    await publishedFact(scenario, "A trade office opened in the port.");

    // The name now answers loopback: refused at delivery, logged, nothing sent. An hour ahead, so
    // an attempt by the web app's own worker on the shared test database (with the real resolver,
    // which knows no .invalid name, so refused as well) cannot leave the delivery not yet due.
    const rebound = /127\.0\.0\.1, a local or private address/;
    let log = await listWebhookDeliveries({ auth, webhookId: webhook.id });
    for (let i = 0; i < 100 && !log.some((entry) => rebound.test(entry.error ?? "")); i++) {
      await deliverDueWebhooks({
        resolve: resolvesTo("127.0.0.1"),
        allowPrivate: false,
        now: new Date(Date.now() + 3_600_000),
      });
      log = await listWebhookDeliveries({ auth, webhookId: webhook.id });
      if (!log.some((entry) => rebound.test(entry.error ?? ""))) await new Promise((r) => setTimeout(r, 100));
    }
    expect(log.some((entry) => rebound.test(entry.error ?? ""))).toBe(true);
    expect(log.every((entry) => entry.ok === false)).toBe(true);
    expect(hook.state.received).toHaveLength(0);

    // Where private receivers are allowed, the delivery goes to the address resolved, by name.
    await getDb().webhookSubscription.update({ where: { id: webhook.id }, data: { nextAttemptAt: new Date(0) } });
    for (let i = 0; i < 100 && hook.state.received.length === 0; i++) {
      await deliverDueWebhooks({
        resolve: resolvesTo("127.0.0.1"),
        allowPrivate: true,
        now: new Date(Date.now() + 3_600_000),
      });
      if (hook.state.received.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(hook.state.received).toHaveLength(1);
    expect(hook.state.received[0]?.headers.host).toBe(`rebind.invalid:${hook.port}`);
  });
});

/** A public address (example.com's), for names that must pass the check. */
const PUBLIC = "93.184.215.14";

/** A resolver that answers these addresses for any name, as a DNS server under someone else's control could. */
const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
