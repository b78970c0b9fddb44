// How a webhook delivery is signed, and how a receiver checks it (the same code, documented in
// docs/api.md "Webhooks"): `Dyad-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
// `<t>.<body>` with the subscription's secret. The timestamp is inside the signed text, so a
// captured delivery cannot be replayed later with a fresh time; receivers refuse old ones.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "dyad-signature";

/** A new subscription's secret: 32 random bytes, shown to its owner once. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");

/** The Dyad-Signature header for a body sent at `timestamp` (unix seconds). */
export const signDelivery = (secret: string, body: string, timestamp: number) =>
  `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;

/**
 * True when `header` signs `body` with `secret` and was made within `toleranceSeconds` of `now`
 * (unix seconds). Compares in constant time.
 */
export function verifyDelivery(options: {
  secret: string;
  body: string;
  header: string | null | undefined;
  now: number;
  toleranceSeconds?: number;
}): boolean {
  const parts = Object.fromEntries((options.header ?? "").split(",").map((p) => p.trim().split("=", 2)));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || typeof parts.v1 !== "string") return false;
  if (Math.abs(options.now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(hmac(options.secret, timestamp, options.body), "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Seconds to wait after the `attempts`-th failure in a row: 10 s doubling, at most an hour
 * (10 s, 20 s, 40 s, … 1 h), with up to 10% jitter so receivers coming back are not hit at once.
 */
export function retryDelaySeconds(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(3600, 10 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + 0.1 * random()));
}
