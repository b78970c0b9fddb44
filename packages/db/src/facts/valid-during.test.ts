import { ZValidOn } from "@dyad/core/schemas/partial-date";
import { describe, expect, it } from "vitest";
import { heldOn } from "./valid-during";

describe("what was true on a date (valid time)", () => {
  const embassy = { start: "2004-09", end: null }; // open since September 2004
  const visit = { start: "2010-03-27", end: "2010-03-27" };
  const agreement = { start: "2001", end: "2008" };

  it("keeps a fact that held at some point of the day, month or year asked about", () => {
    expect(heldOn(embassy, "2004")).toBe(true);
    expect(heldOn(embassy, "2004-08")).toBe(false);
    expect(heldOn(embassy, "2026-01-01")).toBe(true);
    expect(heldOn(visit, "2010")).toBe(true);
    expect(heldOn(visit, "2010-03")).toBe(true);
    expect(heldOn(visit, "2010-03-28")).toBe(false);
    expect(heldOn(agreement, "2008-12-31")).toBe(true);
    expect(heldOn(agreement, "2009")).toBe(false);
  });

  it("keeps a fact with only an end until that end, and never an undated one", () => {
    expect(heldOn({ start: null, end: "1999" }, "1950")).toBe(true);
    expect(heldOn({ start: null, end: "1999" }, "2000")).toBe(false);
    expect(heldOn({ start: null, end: null }, "2010")).toBe(false);
  });

  it("refuses a date in the future or one that is not a date, with a message a reader understands", () => {
    const nextYear = String(new Date().getUTCFullYear() + 1);
    expect(ZValidOn.safeParse(nextYear).error?.issues[0]?.message).toMatch(/in the future/);
    expect(ZValidOn.safeParse("2010-13").success).toBe(false);
    expect(ZValidOn.safeParse("yesterday").success).toBe(false);
    expect(ZValidOn.parse(String(new Date().getUTCFullYear()))).toMatch(/^\d{4}$/);
  });
});
