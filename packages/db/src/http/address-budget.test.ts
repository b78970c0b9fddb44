import { describe, expect, it } from "vitest";
import { addressBudget } from "./address-budget";

describe("addressBudget", () => {
  it("counts one IPv6 /64 as one client, however its addresses are written", () => {
    const one = addressBudget("2001:db8:1:2::1");
    expect(one).toBe("2001:db8:1:2::/64");
    for (const same of ["2001:db8:1:2:ffff:ffff:ffff:fffe", "2001:0DB8:0001:0002:0:0:0:7", "2001:db8:1:2:a::b"]) {
      expect(addressBudget(same)).toBe(one);
    }
    expect(addressBudget("2001:db8:1:3::1")).not.toBe(one);
  });

  it("keeps IPv4 addresses apart, and an IPv4-mapped IPv6 address is its IPv4 address", () => {
    expect(addressBudget("203.0.113.9")).toBe("203.0.113.9");
    expect(addressBudget("203.0.113.10")).toBe("203.0.113.10");
    expect(addressBudget("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressBudget("::ffff:cb00:7109")).toBe("203.0.113.9");
  });

  it("keeps what is not an address as it is", () => {
    expect(addressBudget("unknown")).toBe("unknown");
    expect(addressBudget("203.0.113.9-a1b2c3")).toBe("203.0.113.9-a1b2c3");
  });
});
