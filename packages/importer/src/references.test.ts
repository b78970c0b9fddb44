import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { contractProblems } from "./test-support";

const article = [
  "= Kenya–Peru relations =",
  "",
  "==History==",
  "Diplomatic relations between the two countries were established on August 10, 1992.[1]",
  "",
  "Kenya opened an embassy in Lima in 2005.[2] See https://example.org/embassy-lima for details.",
  "",
  "==References==",
  '1. "Kenya and Peru establish relations". Daily Nation. 11 August 1992. Retrieved 3 March 2020. https://nation.example/kenya-peru',
  "2. {{cite web |url=https://mfa.example/missions |title=Missions abroad |publisher=Ministry of Foreign Affairs |date=2019-05-02 |access-date=2020-03-04}}",
  "3. A printed yearbook without an address",
  "",
].join("\n");

describe("an article's references", () => {
  const analysis = analyzeArticle(article);

  it("reads numbered notes, citation templates and plain entries into sources", () => {
    expect(analysis.references).toEqual([
      {
        key: "1",
        title: "Kenya and Peru establish relations",
        url: "https://nation.example/kenya-peru",
        publisher: "Daily Nation",
        publishedOn: "1992-08-11",
        accessedOn: "2020-03-03",
      },
      {
        key: "2",
        title: "Missions abroad",
        url: "https://mfa.example/missions",
        publisher: "Ministry of Foreign Affairs",
        publishedOn: "2019-05-02",
        accessedOn: "2020-03-04",
      },
      { key: "3", title: "A printed yearbook without an address" },
    ]);
    expect(contractProblems(analysis)).toEqual([]);
  });

  it("cites from each sentence the notes its markers name and its bare URLs, and makes no fact of the notes", () => {
    const cited = analysis.facts.map((f) => [f.content.kind, f.references.map((r) => r.url)]);
    expect(cited).toEqual(
      expect.arrayContaining([
        ["DIPLOMATIC_RELATIONS", ["https://nation.example/kenya-peru"]],
        ["MISSION", expect.arrayContaining(["https://mfa.example/missions", "https://example.org/embassy-lima"])],
      ]),
    );
    expect(analysis.facts.some((f) => f.content.statement.includes("printed yearbook"))).toBe(false);
  });
});
