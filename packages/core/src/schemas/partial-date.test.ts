import { describe, expect, it } from "vitest";
import { fromStoredValidTime, toStoredValidTime, ZValidTime } from "./partial-date";

describe("valid time", () => {
  it("stores a month as its first and last day and reads it back as the month", () => {
    const stored = toStoredValidTime(ZValidTime.parse({ start: "2006-11" }));
    expect(stored.validFrom?.toISOString().slice(0, 10)).toBe("2006-11-01");
    expect(stored.validTo?.toISOString().slice(0, 10)).toBe("2006-11-30");
    expect(fromStoredValidTime(stored)).toEqual({ start: "2006-11", end: "2006-11" });
  });

  it("keeps an open end open and a range a range", () => {
    expect(fromStoredValidTime(toStoredValidTime({ start: "2016-03-04", end: null }))).toEqual({
      start: "2016-03-04",
      end: null,
    });
    const range = toStoredValidTime({ start: "2007", end: "2015" });
    expect(range.validTo?.toISOString().slice(0, 10)).toBe("2015-12-31");
  });

  it("refuses impossible dates and reversed ranges with a clear message", () => {
    expect(ZValidTime.safeParse({ start: "2015-02-30" }).success).toBe(false);
    expect(ZValidTime.safeParse({ start: "2015-13" }).success).toBe(false);
    const reversed = ZValidTime.safeParse({ start: "2015", end: "2007" });
    expect(reversed.error?.issues[0]?.message).toMatch(/before its start/);
  });
});
