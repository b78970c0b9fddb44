import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { datedParts, isElliptical } from "./dated-parts";
import { findDates } from "./dates";
import { contractProblems, factsOf } from "./test-support";

const parts = (text: string) => datedParts(text, findDates(text)).map((p) => text.slice(p.start, p.end));
const article = (...body: string[]) => {
  const analysis = analyzeArticle(["= Cambodia–Thailand relations =", ...body].join("\n"));
  expect(contractProblems(analysis)).toEqual([]);
  return analysis;
};

describe("sentences that tell several dated events", () => {
  it("splits only where each part has a date of its own", () => {
    expect(parts("It was signed on 31 October 2006, and the transfer was completed on 27 November 2007.")).toEqual([
      "It was signed on 31 October 2006",
      "the transfer was completed on 27 November 2007.",
    ]);
    expect(parts("Hun Sen visited Bangkok on 17–18 December 2012 and again on March 5, 2019.")).toEqual([
      "Hun Sen visited Bangkok on 17–18 December 2012",
      "again on March 5, 2019.",
    ]);
    // One date, a range, or a year that names a thing: one part.
    expect(parts("Relations were restored in 1970, and trade grew.")).toHaveLength(1);
    expect(parts("The worst fighting took place between 4 and 7 February 2011.")).toHaveLength(1);
    expect(parts("It asked the court to interpret its 1962 judgment; the court ruled on 2013-11-11.")).toHaveLength(1);
  });

  it("tells a part that repeats the verb before it from one with its own", () => {
    expect(isElliptical("again on March 5, 2019.")).toBe(true);
    expect(isElliptical("a treaty on the joint protection of airspace on 7 December 2016.")).toBe(true);
    expect(isElliptical("attended the ASEAN summit in Phnom Penh from 10 to 13 November 2022.")).toBe(true);
    expect(isElliptical("the transfer was completed on 27 November 2007.")).toBe(false);
    expect(isElliptical("the court ruled on 2013-11-11 that the temple was Cambodian.")).toBe(false);
  });

  it("gives each visit and agreement of one sentence its own date", () => {
    const a = article(
      "== Visits ==",
      "Prime Minister Hun Sen visited Bangkok on 17–18 December 2012 and again on March 5, 2019.",
      "== Agreements ==",
      "The two governments signed an agreement on cultural cooperation on 20 February 1957 and an agreement on fisheries on 8 October 1974.",
    );
    expect(factsOf(a, "VISIT").map((v) => v.content.validTime?.start)).toEqual(["2012-12-17", "2019-03-05"]);
    expect(factsOf(a, "AGREEMENT").map((f) => [f.content.data.title, f.content.data.signedOn])).toEqual([
      ["agreement on cultural cooperation", "1957-02-20"],
      ["agreement on fisheries", "1974-10-08"],
    ]);
    // Each fact still shows the whole sentence.
    expect(new Set(factsOf(a, "VISIT").map((v) => v.content.statement)).size).toBe(1);
  });

  it("keeps a treaty signed on one date and in force from another one fact", () => {
    const a = article(
      "== Agreements ==",
      "A border treaty was signed on 14 June 2000, and it entered into force on 1 May 2001.",
    );
    expect(factsOf(a, "AGREEMENT").map((f) => [f.content.data.signedOn, f.content.data.inForceOn])).toEqual([
      ["2000-06-14", "2001-05-01"],
    ]);
  });

  it("keeps a dated sentence apart from the dated fact before it", () => {
    const a = article(
      "== History ==",
      "Thailand took part in the talks that ended the war on 23 October 1991. Both countries joined the new forum on 17 July 1996.",
    );
    expect(a.facts.map((f) => f.content.validTime?.start)).toEqual(["1991-10-23", "1996-07-17"]);
  });
});
