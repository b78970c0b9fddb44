import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";

/** Budgets per client address against IPv6 clients (RELIABILITY.md "Attacked from outside"). */
describe("an IPv6 client", () => {
  it("has one rate-limit budget for its whole /64, whichever of its addresses it sends from", async () => {
    // A /64 of the documentation prefix of its own (2001:db8::/32), so no other test shares it.
    const network = `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
    const anyAddress = () => `${network}:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;
    const from = (ip: string) => apiClient({ ip }).fetch("/api/v1/countries");
    const first = await from(anyAddress());
    await first.arrayBuffer();
    const limit = Number(first.headers.get("ratelimit-limit"));
    let limited: Response | undefined;
    // The window may roll over meanwhile: within two budgets, a 429 must come.
    for (let sent = 1; !limited && sent <= 2 * limit + 1; sent += 10) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => from(anyAddress())));
      limited = batch.find((r) => r.status === 429);
      await Promise.all(batch.filter((r) => r !== limited).map((r) => r.arrayBuffer()));
    }
    expect(limited, `no 429 after ${2 * limit + 1} requests from one /64`).toBeDefined();
    await expectProblem(limited as Response, 429);
    // The next /64 is another client, with its whole budget.
    const neighbour = await from(`2001:db8:ffff:${randomBytes(2).toString("hex")}::1`);
    expect(neighbour.status).toBe(200);
  });
});
