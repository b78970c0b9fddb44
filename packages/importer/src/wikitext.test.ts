import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { contractProblems, factsOf, readArticle } from "./test-support";
import { isWikitext, markReferences } from "./wikitext";

const analysis = analyzeArticle(readArticle("./fixtures/chile-peru.wiki"));

describe("wikitext articles", () => {
  it("tells wikitext from the plain form", () => {
    expect(isWikitext(readArticle("./fixtures/chile-peru.wiki"))).toBe(true);
    expect(isWikitext(readArticle("./fixtures/france-germany.txt"))).toBe(false);
  });

  it("numbers <ref> notes where they stood, a reused name keeping its number", () => {
    const { text, notes } = markReferences('A.<ref name="x">one</ref> B.<ref>two</ref> C.<ref name="x" />');
    expect(text).toBe("A.[1] B.[2] C.[1]");
    expect(notes.map((n) => n.body)).toEqual(["one", "two"]);
  });

  it("reads the title and the pair from the bold lead, links as their text", () => {
    expect(analysis.title).toBe("Chile–Peru relations");
    expect(analysis.countryCodes.sort()).toEqual(["CL", "PE"]);
    expect(contractProblems(analysis)).toEqual([]);
    expect(analysis.facts.map((f) => f.content.statement).join("\n")).not.toMatch(/\[\[|\]\]|\{\{|<ref/);
  });

  it("makes facts of sentences, table rows and infobox fields, with their citations", () => {
    const relations = factsOf(analysis, "DIPLOMATIC_RELATIONS");
    expect(relations[0]?.content.validTime?.start).toBe("1839-03-03");
    expect(relations[0]?.references.map((r) => r.url)).toEqual(["https://example.org/alliance"]);

    const visits = factsOf(analysis, "VISIT");
    const humala = visits.find((v) => v.content.statement.includes("Humala"));
    expect(humala?.content.validTime?.start).toBe("2015-03-12");
    expect(humala?.references.map((r) => r.url)).toEqual(["https://example.org/humala-visit"]);
    expect(visits.some((v) => v.content.statement.includes("Piñera") && v.content.validTime?.start === "2018")).toBe(
      true,
    );

    const trade = factsOf(analysis, "TRADE_FIGURE").map((t) => [
      t.content.data.flow,
      t.content.data.amount.value,
      t.content.validTime?.start,
    ]);
    expect(trade).toEqual(
      expect.arrayContaining([
        ["EXPORTS", 1520, "2018"],
        ["IMPORTS", 980, "2018"],
        ["EXPORTS", 1.6, "2019"],
      ]),
    );
    const missions = factsOf(analysis, "MISSION").map((m) => m.content.statement);
    expect(missions).toEqual(
      expect.arrayContaining(["Chile has an embassy in Lima.", "Peru has an embassy in Santiago."]),
    );
    expect(analysis.facts.some((f) => f.content.statement.includes("Juan Pérez Soto"))).toBe(true);
  });

  it("keeps citation templates' fields as sources", () => {
    const alliance = analysis.references.find((r) => r.url === "https://example.org/alliance");
    expect(alliance).toMatchObject({ title: "The Pacific Alliance at ten", publishedOn: "2021-06-06" });
    expect(analysis.references.some((r) => r.title.includes("Andean trade yearbook"))).toBe(true);
  });
});

describe("wikitext detection and navigation", () => {
  it("keeps a plain article with category lines plain, and a wikitext article's categories", () => {
    expect(isWikitext("= Chile–Peru relations =\n\nText.\n\n[[Category:Bilateral relations]]\n")).toBe(false);
    expect(isWikitext("The [[Chile]]–[[Peru]] border.")).toBe(true);
    const wiki = analyzeArticle(
      `${readArticle("./fixtures/chile-peru.wiki")}\n[[Category:Bilateral relations of Chile]]\n`,
    );
    expect(wiki.relatedLinks).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "CATEGORY", title: "Bilateral relations of Chile" })]),
    );
  });
});

describe("wikitext tables", () => {
  it("reads a trade table whose unit is in its caption, not its headers", () => {
    const wiki = analyzeArticle(
      [
        "'''Mali–Niger relations''' are the relations between [[Mali]] and [[Niger]].",
        "== Trade ==",
        '{| class="wikitable"',
        "|+ Trade between Mali and Niger (€ million)",
        "! Year !! Malian exports to Niger !! Malian imports from Niger",
        "|-",
        "| 2019 || 298.4 || 1.02.5",
        "|}",
      ].join("\n"),
    );
    expect(contractProblems(wiki)).toEqual([]);
    const trade = factsOf(wiki, "TRADE_FIGURE").map((t) => [t.content.data.flow, t.content.data.amount]);
    expect(trade).toContainEqual([
      "EXPORTS",
      expect.objectContaining({ value: 298.4, currency: "EUR", unit: "MILLION" }),
    ]);
    expect(wiki.anomalies.filter((a) => a.rule === "MALFORMED_AMOUNT").map((a) => a.excerpt)).toEqual([
      "€1.02.5 million",
    ]);
  });
});
