import { ZFactContent } from "@dyad/core/schemas/fact";
import { analyzeArticle } from "@dyad/importer";
import { readArticle, SEED_PATH } from "@dyad/importer/test-support";
import { describe, expect, it } from "vitest";
import { checkSentenceAgreement } from "./sentence-agreement";

const SOURCE = [{ sourceId: "7b0e1c8e-4a52-4f5e-9d0a-2f1a3b4c5d6e" }];
const trade = (year: string, value: number, currency = "USD") =>
  ZFactContent.parse({
    kind: "TRADE_FIGURE",
    section: "economy",
    statement: "Merchandise exports to Azerbaijan were down to $20 million in 2010.",
    validTime: { start: year },
    data: {
      reporter: "CA",
      partner: "AZ",
      flow: "EXPORTS",
      amount: { value, unit: "MILLION", currency, asReported: "$20 million" },
    },
    sources: SOURCE,
  });

describe("fields that agree with their sentence", () => {
  it("says where a changed year, amount or currency no longer matches the sentence", () => {
    expect(checkSentenceAgreement(trade("2010", 20))).toEqual([]);
    expect(checkSentenceAgreement(trade("2011", 21, "EUR"))).toEqual([
      { path: "validTime.start", message: "The sentence says 2010, not 2011" },
      { path: "data.amount.value", message: "The sentence says 20, not 21" },
      { path: "data.amount.currency", message: "The sentence says $ (USD), not EUR" },
    ]);
  });

  it("finds in the seed article only the disagreement the importer flags: the misspelt Ankara", () => {
    const analysis = analyzeArticle(readArticle(SEED_PATH));
    const warnings = analysis.facts
      .map((f) => ZFactContent.parse({ ...f.content, sources: SOURCE }))
      .filter((c) => !c.statement.includes("1.168.295"))
      .flatMap((c) => checkSentenceAgreement(c).map((w) => `${c.statement.slice(0, 40)}: ${w.message}`));
    expect(warnings).toEqual(["Canada does not maintain an embassy in A: The sentence does not name Ankara"]);
  });
});
