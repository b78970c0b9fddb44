import { describe, expect, it } from "vitest";
import { type ComparableContent, diffFields, diffRevisionViews, diffText, wordChange } from "./diff";

const source = (id: string, title: string, locator: string | null = null) => ({
  id,
  title,
  url: `https://example.org/${id}`,
  publisher: null,
  kind: "NEWS",
  locator,
});

const revision = (over: Partial<ComparableContent> = {}): ComparableContent => ({
  statement: "The embassy opened in 2004.",
  section: "diplomacy",
  validTime: { start: "2004", end: "2004" },
  data: { mission: { type: "EMBASSY" } },
  sources: [source("a1111111", "Gazette")],
  ...over,
});

describe("the diff core", () => {
  it("splits two texts into kept, added and removed runs of words, in order", () => {
    const runs = diffText("The embassy opened in 2004.", "The embassy reopened in 2004.");
    expect(runs.map((r) => [wordChange(r), r.value])).toEqual([
      ["same", "The embassy "],
      ["removed", "opened"],
      ["added", "reopened"],
      ["same", " in 2004."],
    ]);
  });

  it("lists fields added, removed and changed, with the words of changed text", () => {
    const changes = diffFields({ a: "one two", b: 1, gone: true }, { a: "one three", b: 1, added: [1] });
    expect(changes).toEqual([
      expect.objectContaining({ path: ["a"], type: "changed", before: "one two", after: "one three" }),
      { path: ["gone"], type: "removed", before: true },
      { path: ["added"], type: "added", after: [1] },
    ]);
    expect(changes[0]?.words?.filter((w) => w.added).map((w) => w.value)).toEqual(["three"]);
    expect(diffFields({ a: [1] }, { a: [1] })).toEqual([]);
  });

  it("matches a revision's citations by source, so reordering is no change and a new locator is one", () => {
    const before = revision({ sources: [source("a1111111", "Gazette"), source("b2222222", "Times")] });
    const reordered = revision({ sources: [source("b2222222", "Times"), source("a1111111", "Gazette")] });
    expect(diffRevisionViews(before, reordered)).toEqual([]);
    const relocated = revision({ sources: [source("a1111111", "Gazette", "p. 4"), source("b2222222", "Times")] });
    expect(diffRevisionViews(before, relocated)).toEqual([
      { path: ["sources", "Gazette", "locator"], type: "changed", before: null, after: "p. 4" },
    ]);
  });

  it("keeps two sources of the same title apart by their ids", () => {
    const twice = revision({ sources: [source("a1111111", "Gazette"), source("c3333333", "Gazette")] });
    expect(diffRevisionViews(revision(), twice)).toEqual([
      {
        path: ["sources", "Gazette (c3333333)"],
        type: "added",
        after: { url: "https://example.org/c3333333", publisher: null, kind: "NEWS", locator: null },
      },
    ]);
  });
});
