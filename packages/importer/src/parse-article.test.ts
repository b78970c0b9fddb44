import { describe, expect, it } from "vitest";
import "./test-support"; // loads the gazetteer before the tests
import { AppError } from "@dyad/core/errors";
import { analyzeArticle } from "./analyze-article";
import { parseArticle, sectionForPath } from "./parse-article";
import { countriesFromTitle } from "./title";

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("countriesFromTitle", () => {
  it.each([
    ["Azerbaijan–Canada relations", ["AZ", "CA"]],
    ["Canada-Azerbaijan relations", ["CA", "AZ"]],
    ["Relations between France and Germany", ["FR", "DE"]],
    ["United States–Mexico relations", ["US", "MX"]],
    ["Bosnia and Herzegovina–Serbia relations", ["BA", "RS"]],
    ["Bosnia and Herzegovina and Serbia relations", ["BA", "RS"]],
    ["Serbia-Bosnia and Herzegovina relations", ["RS", "BA"]],
    ["Trinidad and Tobago–Venezuela relations", ["TT", "VE"]],
    ["Guinea-Bissau–Portugal relations", ["GW", "PT"]],
    ["Turkey—Azerbaijan relations", ["TR", "AZ"]],
    ["Antigua and Barbuda and United Kingdom relations", ["AG", "GB"]],
    ["Canadian–Azerbaijani relations", ["CA", "AZ"]],
    ["Azerbaijan–Canada relations (2020)", ["AZ", "CA"]],
  ])("%s", (title, codes) => {
    expect(countriesFromTitle(title)).toEqual(codes);
  });

  it.each([
    ["Canada relations", /only one country/],
    ["France–Germany–Italy relations", /names 3 countries/],
    ["Canada–Canada relations", /same country twice/],
    ["Atlantis–Lemuria relations", /does not name two countries/],
  ])("refuses %s", (title, message) => {
    const error = refusal(() => countriesFromTitle(title));
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(message);
  });
});

describe("parseArticle", () => {
  it.each([
    ["empty text", "", /empty/],
    ["whitespace only", "  \n\t \n", /empty/],
    ["no title", "Azerbaijan and Canada are friends.\n== Background ==\nText.", /first line must be the title/],
    ["a section heading first", "== Azerbaijan–Canada relations ==\nText.", /first line must be the title/],
    ["NUL bytes", "= Azerbaijan–Canada relations =\n\u0000\u0001PK", /binary/],
    ["mostly non-printable", `= A–B relations =\n${"\u0001\u0002\u0003\uFFFD".repeat(100)}`, /binary/],
    ["one country", "= Canada relations =\nText.", /only one country/],
    ["three countries", "= France–Germany–Italy relations =\nText.", /3 countries/],
    [
      "a bidi override",
      "= Azerbaijan–Canada relations =\n\nAzerbaijan and Canada.\nThey signed \u202Etnemeerga\u202C in 2006.",
      /^Line 4 contains an invisible direction control or zero-width space \(U\+202E\)/,
    ],
    ["a zero-width space", "\uFEFF= Azerbaijan–Canada relations =\nCan\u200Bada.", /^Line 2 .*\(U\+200B\)/],
  ])("refuses %s", (_name, text, message) => {
    const error = refusal(() => analyzeArticle(text));
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(message);
  });

  it("refuses more than 10 MB", () => {
    const text = `= Azerbaijan–Canada relations =\n${"a".repeat(10_000_001)}`;
    expect(refusal(() => parseArticle(text)).message).toMatch(/10 MB/);
  });

  it("refuses what is not text", () => {
    expect(refusal(() => parseArticle(42)).message).toMatch(/must be text/);
  });

  it("reads sections, subsections, wrapped paragraphs and list items", () => {
    const text = [
      "\uFEFF= Azerbaijan–Canada relations =",
      "Intro line one",
      "continues here.",
      "",
      "==Background==",
      "First paragraph.",
      "=== Friendship Group ===",
      "Group text.",
      "== See also ==",
      "- Foreign relations of Canada",
      "* Azerbaijani Canadians",
    ].join("\r\n");
    const { title, countryCodes, blocks } = parseArticle(text);
    expect(title).toBe("Azerbaijan–Canada relations");
    expect(countryCodes).toEqual(["AZ", "CA"]);
    expect(blocks.map((b) => [b.index, b.heading, b.section, b.type, b.text])).toEqual([
      [0, "Introduction", "background", "paragraph", "Intro line one continues here."],
      [1, "Background", "background", "paragraph", "First paragraph."],
      [2, "Background › Friendship Group", "parliament", "paragraph", "Group text."],
      [3, "See also", "other", "list-item", "Foreign relations of Canada"],
      [4, "See also", "other", "list-item", "Azerbaijani Canadians"],
    ]);
  });

  it("keeps headings short enough to cite", () => {
    const { blocks } = parseArticle(`= Azerbaijan–Canada relations =\n== ${"Very long heading ".repeat(40)} ==\nText.`);
    expect(blocks[0]?.heading.length).toBeLessThanOrEqual(300);
  });

  it.each([
    [["Economic relations"], "economy"],
    [["Contracts"], "agreements"],
    [["High-Level Visits"], "visits"],
    [["Resident diplomatic missions"], "missions"],
    [["Cultural relations"], "culture"],
    [["Education"], "education"],
    [["Background", "Friendship Group"], "parliament"],
    [["Background", "Early years"], "background"],
    [["Military cooperation"], "other"],
  ] as [string[], string][])("maps %j to %s", (path, section) => {
    expect(sectionForPath(path)).toBe(section);
  });
});
