import { describe, expect, it } from "vitest";
import {
  formatMicros,
  justBefore,
  normalizeInstant,
  parseAsOf,
  parseInstant,
  parseInstantText,
  toMicros,
} from "./instant";

describe("asOf parsing", () => {
  it("reads a day as its first instant in UTC, and instants with or without a zone", () => {
    expect(parseAsOf("2026-01-01").toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(parseAsOf("2026-01-01T12:30").toISOString()).toBe("2026-01-01T12:30:00.000Z");
    expect(parseAsOf("2026-01-01T12:30:05.123456Z").toISOString()).toBe("2026-01-01T12:30:05.123Z");
    expect(parseAsOf("2026-01-01T12:30:00+02:00").toISOString()).toBe("2026-01-01T10:30:00.000Z");
  });

  it("refuses what is not a real date instead of guessing", () => {
    for (const bad of [
      "",
      "1",
      "March",
      "2026-02-30",
      "2026-13-01",
      "2026-01-01T25:00",
      "0999-01-01",
      "x".repeat(500),
    ]) {
      expect(() => parseAsOf(bad), bad).toThrow(expect.objectContaining({ code: "INVALID" }));
    }
    expect(() => parseAsOf(["2026-01-01", "2026-01-02"])).toThrow(expect.objectContaining({ code: "INVALID" }));
  });
});

describe("the instant parser", () => {
  it("reads dates and date-times to microsecond instants in UTC", () => {
    expect(parseInstantText("2026-01-01")).toEqual({ instant: "2026-01-01T00:00:00.000000Z", rfc3339: true });
    expect(parseInstantText("2026-01-01T12:00:00.5+02:00")?.instant).toBe("2026-01-01T10:00:00.500000Z");
    expect(parseInstantText("2026-01-01T12:00:00-0130")?.instant).toBe("2026-01-01T13:30:00.000000Z");
    expect(parseInstantText("2026-01-01t12:00:00.123456789z")?.instant).toBe("2026-01-01T12:00:00.123456Z");
    expect(parseInstantText("1969-12-31T23:59:59.999999Z")?.instant).toBe("1969-12-31T23:59:59.999999Z");
    expect(parseInstantText("2026-01-01T12:30")).toEqual({ instant: "2026-01-01T12:30:00.000000Z", rfc3339: false });
  });

  it("refuses what is not a calendar date and time", () => {
    for (const bad of [
      "",
      "2026",
      "2026-02-30",
      "2026-13-01",
      "2026-01-01T24:00Z",
      "2026-01-01T12:60Z",
      "2026-01-01T12:00:60Z",
      "2026-01-01T12:00+24:00",
      "0050-01-01",
      "2026-01-01T12:00:00.Z",
      "yesterday",
    ]) {
      expect(parseInstantText(bad), bad).toBeNull();
    }
  });

  it("gives the API only instants with a zone (RFC 3339), and names the field it refuses", () => {
    expect(normalizeInstant("2026-01-01")).toBe("2026-01-01T00:00:00.000000Z");
    expect(normalizeInstant("2026-01-01T10:00Z")).toBe("2026-01-01T10:00:00.000000Z");
    expect(normalizeInstant("2026-01-01T10:00")).toBeNull();
    expect(normalizeInstant("2026-01-01T10:00+0200")).toBeNull();
    expect(normalizeInstant("2026-01-01 10:00:00.1-01:30")).toBe("2026-01-01T11:30:00.100000Z");
    expect(() => parseInstant("2026-01-01T10:00", "since")).toThrow(/^since: give an instant/);
  });

  it("gives the site the millisecond the instant falls in, for zoned and zoneless text alike", () => {
    expect(parseAsOf("1999-12-31T23:59:59.9999+00:00").toISOString()).toBe("1999-12-31T23:59:59.999Z");
    expect(parseAsOf(" 2026-01-01 ").toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("counts microseconds exactly on both sides of the epoch", () => {
    for (const instant of ["2026-11-29T18:57:11.814123Z", "1960-01-01T00:00:00.000001Z"]) {
      expect(formatMicros(toMicros(instant))).toBe(instant);
    }
    expect(justBefore("2026-01-01T00:00:00.000000Z")).toBe("2025-12-31T23:59:59.999999Z");
    expect(justBefore("1970-01-01T00:00:00.000000Z")).toBe("1969-12-31T23:59:59.999999Z");
  });
});
