import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "./csv-cell";

describe("spreadsheetSafe", () => {
  it("prefixes a quote to a cell a spreadsheet would read as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(spreadsheetSafe(`${start}HYPERLINK("http://x.test","y")`)).toBe(`'${start}HYPERLINK("http://x.test","y")`);
    }
  });

  it("also quotes a cell that begins with a lookalike a spreadsheet may read as =, +, - or @", () => {
    // Fullwidth (U+FF1D, U+FF0B, U+FF0D, U+FF20) and small form variants (U+FE66, U+FE62, U+FE63, U+FE6B).
    for (const start of ["＝", "＋", "－", "＠", "﹦", "﹢", "﹣", "﹫"]) {
      expect(spreadsheetSafe(`${start}HYPERLINK("http://x.test","y")`)).toBe(`'${start}HYPERLINK("http://x.test","y")`);
    }
  });

  it("leaves other cells as they are", () => {
    for (const cell of ["", "Canada and Azerbaijan", " =1+1", "'=1", "2006-11", "€3 million", "（1997）", "日本"]) {
      expect(spreadsheetSafe(cell)).toBe(cell);
    }
  });
});
