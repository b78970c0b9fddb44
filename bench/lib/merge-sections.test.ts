import { describe, expect, it } from "vitest";
import { mergeSections } from "./merge-sections";

const existing = `# Benchmarks

Written on day 1.

## Import

old import table

## Lighthouse

hand-written scores

## Reads

old reads

### Where the time goes

a profile
`;

describe("mergeSections", () => {
  it("replaces the measured sections and keeps the hand-written ones where they were", () => {
    const generated = "# Benchmarks\n\nWritten on day 2.\n\n## Import\n\nnew import table\n\n## Reads\n\nnew reads\n";
    const merged = mergeSections(existing, generated);
    expect(merged).toContain("Written on day 2.");
    expect(merged).not.toContain("Written on day 1.");
    expect(merged).toContain("new import table");
    expect(merged).not.toContain("old import table");
    expect(merged).toContain("new reads");
    expect(merged).not.toContain("old reads");
    expect(merged.indexOf("hand-written scores")).toBeGreaterThan(merged.indexOf("new import table"));
    expect(merged.indexOf("a profile")).toBeGreaterThan(merged.indexOf("new reads"));
  });

  it("puts a new measured section after the one that precedes it in the run", () => {
    const generated = "# Benchmarks\n\n## Import\n\nnew import\n\n## Export\n\nexport figures\n";
    const merged = mergeSections(existing, generated);
    const order = ["new import", "export figures", "hand-written scores"].map((s) => merged.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThanOrEqual(0);
  });

  it("writes the generated file as it is when there is nothing yet", () => {
    const generated = "# Benchmarks\n\n## Import\n\nfigures\n";
    expect(mergeSections("", generated)).toBe(generated);
  });
});
