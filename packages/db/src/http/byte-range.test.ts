import { describe, expect, it } from "vitest";
import { byteRange } from "./byte-range";

describe("byteRange", () => {
  it("answers a resumed download with the rest of the file", () => {
    expect(byteRange("bytes=100-", 1000)).toEqual({ kind: "part", start: 100, end: 999 });
    expect(byteRange("bytes=0-99", 1000)).toEqual({ kind: "part", start: 0, end: 99 });
    expect(byteRange("bytes=990-5000", 1000)).toEqual({ kind: "part", start: 990, end: 999 });
    expect(byteRange("bytes=-10", 1000)).toEqual({ kind: "part", start: 990, end: 999 });
    expect(byteRange("bytes=-5000", 1000)).toEqual({ kind: "part", start: 0, end: 999 });
  });

  it("refuses a range that starts after the last byte", () => {
    expect(byteRange("bytes=1000-", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(byteRange("bytes=-0", 1000)).toEqual({ kind: "unsatisfiable" });
    expect(byteRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("sends the whole file for no range, another unit, several ranges or nonsense", () => {
    for (const header of [null, "", "items=0-1", "bytes=0-1,5-6", "bytes=-", "bytes=5-1", "bytes=a-b"]) {
      expect(byteRange(header, 1000)).toEqual({ kind: "whole" });
    }
  });
});
