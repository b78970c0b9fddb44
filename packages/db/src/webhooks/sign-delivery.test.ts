import { describe, expect, it } from "vitest";
import { newWebhookSecret, retryDelaySeconds, signDelivery, verifyDelivery } from "./sign-delivery";

describe("webhook signatures", () => {
  it("verify with the subscription's secret, the same body and a recent timestamp only", () => {
    const secret = newWebhookSecret();
    const body = '{"events":[]}';
    const header = signDelivery(secret, body, 1_800_000_000);
    expect(verifyDelivery({ secret, body, header, now: 1_800_000_060 })).toBe(true);
    expect(verifyDelivery({ secret: newWebhookSecret(), body, header, now: 1_800_000_060 })).toBe(false);
    expect(verifyDelivery({ secret, body: '{"events":[1]}', header, now: 1_800_000_060 })).toBe(false);
    expect(verifyDelivery({ secret, body, header, now: 1_800_001_000 })).toBe(false);
    expect(verifyDelivery({ secret, body, header: "t=1,v1=zz", now: 1 })).toBe(false);
    expect(verifyDelivery({ secret, body, header: null, now: 1 })).toBe(false);
  });

  it("backs off from 10 seconds, doubling, to an hour at most", () => {
    const none = () => 0;
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n, none))).toEqual([10, 20, 40, 80]);
    expect(retryDelaySeconds(30, none)).toBe(3600);
    expect(retryDelaySeconds(1, () => 1)).toBe(11);
  });
});
