import { describe, expect, it } from "vitest";
import { compareRevisions } from "./compare-revisions";
import { factAsOf, factChanges } from "./fact-history";
import { trade, view } from "./test-views";
import { buildTimeline, timelineLabel } from "./timeline";
import { tradeFigures } from "./trade-series";
import { locateVersion } from "./versions";

describe("versions", () => {
  const versions = ["2026-01-01T00:00:00.001Z", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"];
  it("finds the version in effect at an instant and its neighbours", () => {
    expect(locateVersion(versions, new Date("2025-12-31"))).toEqual({
      current: null,
      previous: null,
      next: versions[0],
    });
    expect(locateVersion(versions, new Date("2026-02-01T00:00:00.000Z"))).toEqual({
      current: versions[1],
      previous: versions[0],
      next: versions[2],
    });
    expect(locateVersion(versions, new Date("2027-01-01"))).toEqual({
      current: versions[2],
      previous: versions[1],
      next: null,
    });
  });
});

describe("trade figures", () => {
  it("draws yearly series per direction and keeps part-year and unreadable figures in the table only", () => {
    const { currency, series, rows } = tradeFigures([
      trade("x08", "EXPORTS", "2008", "2008", 19.713),
      trade("x09", "EXPORTS", "2009", "2009", 31),
      trade("m09", "IMPORTS", "2009", "2009", 1.2, { unit: "BILLION" }),
      trade("m08", "IMPORTS", "2008", "2008", null),
      trade("t13", "TURNOVER", "2013-01", "2013-03", 2.47, { reporter: "AZ", partner: "CA" }),
      view({ kind: "GENERAL", statement: "Not trade." }),
    ]);
    expect(currency).toBe("USD");
    expect(series.map((s) => s.label)).toEqual(["Azerbaijan to Canada", "Canada to Azerbaijan"]);
    expect(series.find((s) => s.from === "CA")?.points).toEqual([
      { year: 2008, value: 19_713_000, factId: "x08" },
      { year: 2009, value: 31_000_000, factId: "x09" },
    ]);
    expect(series.find((s) => s.from === "AZ")?.points).toEqual([{ year: 2009, value: 1_200_000_000, factId: "m09" }]);
    expect(Object.fromEntries(rows.map((r) => [r.factId, r.notPlotted]))).toEqual({
      x08: null,
      x09: null,
      m09: null,
      m08: "unreadable",
      t13: "not a calendar year",
    });
  });

  it("names the reporter when both sides report the same direction", () => {
    const { series } = tradeFigures([
      trade("ca", "EXPORTS", "2010", "2010", 20),
      trade("az", "IMPORTS", "2010", "2010", 22, { reporter: "AZ", partner: "CA" }),
    ]);
    expect(series.map((s) => s.label).sort()).toEqual([
      "Canada to Azerbaijan, as reported by Azerbaijan",
      "Canada to Azerbaijan, as reported by Canada",
    ]);
  });
});

describe("timeline", () => {
  it("lists dated facts by date, grouped by year, with labels from their data", () => {
    const groups = buildTimeline([
      view({
        kind: "DIPLOMATIC_RELATIONS",
        data: { event: "ESTABLISHED" },
        validTime: { start: "1992-08-10", end: "1992-08-10" },
      }),
      view({ kind: "GENERAL", statement: "Undated." }),
      view({
        kind: "RECOGNITION",
        data: { recognizer: "CA", recognized: "AZ", subject: "independence" },
        validTime: { start: "1991-12-25", end: "1991-12-25" },
      }),
    ]);
    expect(groups.map((g) => g.year)).toEqual(["1991", "1992"]);
    expect(groups[0]?.entries[0]?.label).toBe("Canada recognised the independence of Azerbaijan");
    expect(groups[1]?.entries[0]).toMatchObject({ when: "10 August 1992", label: "Diplomatic relations established" });
  });

  it("falls back to the start of the statement", () => {
    const long = "word ".repeat(40).trim();
    expect(timelineLabel(view({ kind: "GENERAL", statement: long })).length).toBeLessThanOrEqual(91);
  });
});

describe("comparing versions", () => {
  it("shows the words and fields that changed and the citations added or removed", () => {
    const s1 = {
      id: "s1",
      url: "https://a.example",
      title: "A",
      publisher: null,
      kind: "NEWS" as const,
      publishedOn: null,
      accessedOn: null,
      locator: null,
    };
    const s2 = { ...s1, id: "s2", title: "B" };
    const before = trade("f", "EXPORTS", "2008", "2008", 19);
    const after = { ...trade("f", "EXPORTS", "2009", "2009", 19), statement: "Exports grew." };
    const diff = compareRevisions(
      { ...before, statement: "Exports fell.", sources: [s1] },
      { ...after, sources: [s2] },
    );
    expect(diff.statement.filter((p) => p.change !== "same").map((p) => [p.change, p.value])).toEqual([
      ["removed", "fell"],
      ["added", "grew"],
    ]);
    expect(diff.fields).toEqual([{ key: "validTime", label: "When", before: "2008", after: "2009" }]);
    expect(diff.sources.added.map((s) => s.id)).toEqual(["s2"]);
    expect(diff.sources.removed.map((s) => s.id)).toEqual(["s1"]);
    expect(compareRevisions(before, before).unchanged).toBe(true);
  });
});

describe("a fact's public history", () => {
  const v1 = view({ kind: "GENERAL", statement: "One." });
  const v2 = view({ kind: "GENERAL", statement: "Two." });
  const pub = (id: string, version: string, revisionId: string | null) => ({ id, at: version, version, revisionId });
  const fact = {
    revisions: [v1, v2],
    publications: [
      pub("1", "2026-01-01T00:00:00.000Z", v1.revisionId),
      pub("2", "2026-02-01T00:00:00.000Z", v2.revisionId),
      pub("3", "2026-03-01T00:00:00.000Z", null),
      pub("4", "2026-04-01T00:00:00.000Z", v2.revisionId),
    ],
  };

  it("reads the log as published, updated, withdrawn and published again", () => {
    expect(
      factChanges(fact).map((c) => [c.type, c.revision?.statement ?? null, c.previous?.statement ?? null]),
    ).toEqual([
      ["published", "One.", null],
      ["updated", "Two.", "One."],
      ["withdrawn", null, "Two."],
      ["published", "Two.", null],
    ]);
  });

  it("tells what was public at an instant", () => {
    expect(factAsOf(fact, new Date("2025-06-01")).revision).toBeNull();
    expect(factAsOf(fact, new Date("2026-01-15")).revision?.statement).toBe("One.");
    expect(factAsOf(fact, new Date("2026-03-15")).revision).toBeNull();
    expect(factAsOf(fact, new Date("2026-03-15")).position.next).toBe("2026-04-01T00:00:00.000Z");
  });
});
