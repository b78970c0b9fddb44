import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "./csv-cell";

describe("spreadsheetSafe", () => {
  it("prefixes a quote to a cell a spreadsheet would read as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(spreadsheetSafe(`${start}HYPERLINK("http://x.test","y")`)).toBe(`'${start}HYPERLINK("http://x.test","y")`);
    }
  });

  it("leaves other cells as they are", () => {
    for (const cell of ["", "Canada and Azerbaijan", " =1+1", "'=1", "2006-11", "€3 million"]) {
      expect(spreadsheetSafe(cell)).toBe(cell);
    }
  });
});
