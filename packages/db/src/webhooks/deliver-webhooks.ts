import { randomUUID } from "node:crypto";
import type { ChangeEvent } from "../changes/change-events";
import { listApiChanges } from "../changes/list-api-changes";
import { getDb } from "../client";
import { postPinned } from "./post-pinned";
import { retryDelaySeconds, SIGNATURE_HEADER, signDelivery } from "./sign-delivery";
import { allowPrivateReceivers, checkWebhookUrl, type Resolve } from "./webhook-url";

/** Events per delivery (one page of the changes feed) and pages per subscription per run. */
const PAGE = 100;
const PAGES_PER_RUN = 10;
/** How long a claimed subscription is left to one deliverer before another may take it. */
const LEASE_SECONDS = 120;
const TIMEOUT_MS = 10_000;

interface Claimed {
  id: string;
  url: string;
  secret: string;
  relation: string | null;
  country: string | null;
  kind: string | null;
  cursor: string;
  attempts: number;
}

export interface DeliverOptions {
  /** The time deliveries are due by and retries are scheduled from (tests move it on). */
  now?: Date;
  allowPrivate?: boolean;
  /** How receivers' host names are resolved (default: the system's dns.lookup). */
  resolve?: Resolve;
}

interface Reach {
  allowPrivate: boolean;
  resolve?: Resolve;
}

/**
 * Deliver every due subscription's pending changes, in feed order, one page per POST. A
 * subscription's cursor moves only past events its receiver acknowledged (a 2xx), so a receiver
 * that is down gets the same events again, with backoff (sign-delivery.ts), and once it is back,
 * every event after its cursor exactly once. Subscriptions are claimed with SKIP LOCKED and a
 * lease, so several app instances can run this at once without sending anything twice. Each
 * attempt is logged (webhook_delivery). Returns how many POSTs succeeded and failed.
 */
export async function deliverDueWebhooks(options: DeliverOptions = {}) {
  const now = options.now ?? new Date();
  const claimed = await getDb().$queryRaw<Claimed[]>`
    UPDATE webhook_subscription SET next_attempt_at = ${now}::timestamptz + make_interval(secs => ${LEASE_SECONDS})
    WHERE id IN (
      SELECT id FROM webhook_subscription
      WHERE deleted_at IS NULL AND next_attempt_at <= ${now}::timestamptz
      ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED)
    RETURNING id, url, secret, relation, country, kind, cursor, attempts`;
  const totals = { delivered: 0, failed: 0 };
  for (const subscription of claimed) {
    const reach = { allowPrivate: options.allowPrivate ?? allowPrivateReceivers(), resolve: options.resolve };
    const result = await deliverSubscription(subscription, now, reach);
    totals.delivered += result.delivered;
    totals.failed += result.failed;
  }
  return totals;
}

async function deliverSubscription(sub: Claimed, now: Date, reach: Reach) {
  let { cursor, attempts } = sub;
  let delivered = 0;
  let failure: string | null = null;
  for (let page = 0; page < PAGES_PER_RUN && !failure; page++) {
    const feed = await listApiChanges({ cursor, limit: PAGE });
    const events = await matching(sub, feed.data);
    if (events.length > 0) {
      const sent = await post(sub, events, cursor, feed.meta.nextCursor, attempts + 1, reach);
      if (!sent.ok) {
        failure = sent.error;
        break;
      }
      delivered++;
    }
    cursor = feed.meta.nextCursor;
    attempts = 0;
    if (!feed.meta.hasMore) break;
  }
  const failed = failure !== null;
  await getDb().webhookSubscription.update({
    where: { id: sub.id },
    data: failed
      ? {
          attempts: attempts + 1,
          lastError: failure,
          nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(attempts + 1) * 1000),
        }
      : { cursor, attempts: 0, lastError: null, nextAttemptAt: now },
  });
  return { delivered, failed: failed ? 1 : 0 };
}

/** The events a subscription asked for: its relation, country (either side) and kind. */
async function matching(sub: Claimed, events: ChangeEvent[]): Promise<ChangeEvent[]> {
  if (events.length === 0 || (!sub.relation && !sub.country && !sub.kind)) return events;
  const slugs = [...new Set(events.map((e) => e.relation))];
  const relations = sub.country
    ? await getDb().$queryRaw<{ slug: string; a: string; b: string }[]>`
        SELECT slug, country_a AS a, country_b AS b FROM relation WHERE slug = ANY(${slugs})`
    : [];
  const withdrawn = events.filter((e) => !e.fact).map((e) => e.factId);
  // A withdrawal names no content: its kind is the one the fact had.
  const kinds =
    sub.kind && withdrawn.length > 0
      ? await getDb().$queryRaw<{ id: string; kind: string }[]>`
          SELECT f.id::text, r.kind::text FROM fact f JOIN fact_revision r ON r.id = f.current_revision_id
          WHERE f.id = ANY(${withdrawn}::uuid[])`
      : [];
  return events.filter((e) => {
    if (sub.relation && e.relation !== sub.relation) return false;
    if (sub.country) {
      const r = relations.find((x) => x.slug === e.relation);
      if (!r || (r.a !== sub.country && r.b !== sub.country)) return false;
    }
    if (sub.kind && (e.fact?.kind ?? kinds.find((k) => k.id === e.factId)?.kind) !== sub.kind) return false;
    return true;
  });
}

async function post(
  sub: Claimed,
  events: ChangeEvent[],
  fromCursor: string,
  toCursor: string,
  attempt: number,
  reach: Reach,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const deliveryId = randomUUID();
  const body = JSON.stringify({
    subscription: sub.id,
    delivery: deliveryId,
    events,
    cursor: { from: fromCursor, to: toCursor },
  });
  const started = Date.now();
  let status: number | null = null;
  let error: string | null = null;
  try {
    // Resolved and checked again now (the name may point elsewhere since the subscription), and
    // the connection goes to exactly the address checked.
    const address = await checkWebhookUrl(sub.url, reach.allowPrivate, reach.resolve);
    const headers = {
      "content-type": "application/json",
      "user-agent": "Dyad-Webhooks/1",
      "dyad-delivery": deliveryId,
      [SIGNATURE_HEADER]: signDelivery(sub.secret, body, Math.floor(Date.now() / 1000)),
    };
    status = await postPinned(sub.url, address, body, headers, TIMEOUT_MS);
    if (status < 200 || status > 299) error = `The receiver answered ${status}`;
  } catch (caught) {
    error = `The receiver could not be reached: ${caught instanceof Error ? caught.message : String(caught)}`.slice(
      0,
      500,
    );
  }
  await getDb().webhookDelivery.create({
    data: {
      id: deliveryId,
      subscriptionId: sub.id,
      attempt,
      fromCursor,
      toCursor,
      eventIds: events.map((e) => String(e.id)),
      status,
      error,
      ok: error === null,
      durationMs: Date.now() - started,
    },
  });
  return error === null ? { ok: true } : { ok: false, error };
}
