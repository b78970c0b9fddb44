import { describe, expect, it } from "vitest";
import { formatValidTime } from "./format-valid-time";

describe("formatValidTime", () => {
  it("writes each precision and range the way a reader expects", () => {
    expect(formatValidTime({ start: "1992-08-10", end: "1992-08-10" })).toBe("10 August 1992");
    expect(formatValidTime({ start: "2006-11", end: "2006-11" })).toBe("November 2006");
    expect(formatValidTime({ start: "2014-09-12", end: "2014-09-14" })).toBe("12–14 September 2014");
    expect(formatValidTime({ start: "2013-01", end: "2013-03" })).toBe("January–March 2013");
    expect(formatValidTime({ start: "2007", end: "2015" })).toBe("2007–2015");
    expect(formatValidTime({ start: "2016-03-04", end: null })).toBe("since 4 March 2016");
    expect(formatValidTime({ start: null, end: null })).toBe("");
  });
});
