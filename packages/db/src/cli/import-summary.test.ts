import { describe, expect, it } from "vitest";
import type { ImportReport } from "../import/plan-import";
import { describeOutcome, progressBar, summaryTable } from "./import-summary";

const report = (over: Partial<ImportReport>): ImportReport => ({
  relationSlug: "chile-peru",
  dryRun: false,
  created: [],
  revised: [],
  unchanged: [],
  conflicts: [],
  skippedDeleted: [],
  held: [],
  unsourced: [],
  anomalies: [],
  ...over,
});
const flag = (rule: "MISSPELLED_PLACE" | "UNSTRUCTURED") => ({
  rule,
  message: "",
  blockIndex: 0,
  start: 0,
  end: 1,
  excerpt: "x",
});

describe("the bulk import's output", () => {
  it("draws a progress bar that fills as articles finish", () => {
    expect(progressBar(0, 4, 8)).toBe("[--------] 0/4");
    expect(progressBar(2, 4, 8)).toBe("[####----] 2/4");
    expect(progressBar(4, 4, 8)).toBe("[########] 4/4");
  });

  it("gives each article its counts, or the reason it failed", () => {
    const ok = describeOutcome({ file: "a.txt", ok: true, report: report({ created: ["k1", "k2"], held: ["k2"] }) });
    expect(ok).toBe("a.txt → chile-peru: created: 2, revised: 0, unchanged: 0, held: 1, conflicts: 0, flags: 0");
    expect(describeOutcome({ file: "b.txt", ok: false, error: "Import refused: no title" })).toBe(
      "b.txt: FAILED — Import refused: no title",
    );
  });

  it("ends with a table of totals and the flags counted by rule", () => {
    const table = summaryTable([
      { file: "a.txt", ok: true, report: report({ created: ["1", "2"], anomalies: [flag("UNSTRUCTURED")] }) },
      {
        file: "b.txt",
        ok: true,
        report: report({ unchanged: ["3"], anomalies: [flag("MISSPELLED_PLACE"), flag("MISSPELLED_PLACE")] }),
      },
      { file: "c.txt", ok: false, error: "Import refused" },
    ]);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^article\s+created\s+revised\s+unchanged\s+held\s+conflicts\s+flags\s+status$/);
    expect(lines.find((l) => l.startsWith("c.txt"))).toMatch(/failed$/);
    expect(lines.find((l) => l.startsWith("total"))).toMatch(/^total\s+2\s+0\s+1\s+0\s+0\s+3\s+1 failed$/);
    expect(table).toMatch(/MISSPELLED_PLACE\s+2\nUNSTRUCTURED\s+1/);
  });
});
