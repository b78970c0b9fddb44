import type { Anomaly, ProposedFact } from "@dyad/importer";
import { analyzeArticle, suggestCorrections } from "@dyad/importer";
import { readArticle, SEED_PATH } from "@dyad/importer/test-support";
import { describe, expect, it } from "vitest";
import { anomalyFlags } from "./import-flags";

const analysis = analyzeArticle(readArticle(SEED_PATH));
const flags = anomalyFlags(analysis, (key) => key);
const suggestionsFor = (rule: string, key: string) =>
  (flags.find((f) => f.rule === rule && f.factId === key)?.payload as { suggestions?: unknown[] } | undefined)
    ?.suggestions;

describe("suggestCorrections on the seed's five defects", () => {
  it("a misspelt capital → the gazetteer's name, in the text", () => {
    expect(suggestionsFor("MISSPELLED_PLACE", "resident-diplomatic-missions/mission/ca-tr-embassy")).toEqual([
      { kind: "SPELLING", label: "Anakara → Ankara", replace: { find: "Anakara", with: "Ankara" } },
    ]);
  });

  it("a third country in a place clause → the reading with the pair's other country", () => {
    expect(
      suggestionsFor("COUNTRY_NOT_IN_PAIR", "resident-diplomatic-missions/mission/ca-az-visa-centre-baku"),
    ).toEqual([
      { kind: "PAIR_COUNTRY", label: "Armenia → Azerbaijan", replace: { find: "Armenia", with: "Azerbaijan" } },
    ]);
  });

  it("a duplicated agreement → merge into the agreement kept", () => {
    const [agreement] = analysis.facts.filter((f) => f.content.kind === "AGREEMENT");
    expect(suggestionsFor("DUPLICATE_AGREEMENT", "contracts/general/agreement-mention-2004")).toEqual([
      {
        kind: "MERGE_DUPLICATE",
        label: expect.stringMatching(/^Merge into “Convention for the Avoidance of Double Taxation/),
        mergeInto: agreement?.importKey,
      },
    ]);
  });

  it("a malformed amount → its plausible readings, with values", () => {
    const readings = suggestionsFor("MALFORMED_AMOUNT", "economic-relations/trade-figure/imports-ca-az-2008");
    expect(readings).toEqual([
      {
        kind: "AMOUNT_READING",
        label: "$1.168295 billion (1,168,295,000 USD)",
        replace: { find: "$1.168.295 billion", with: "$1.168295 billion" },
        data: { amount: { value: 1.168295, currency: "USD", unit: "BILLION", asReported: "$1.168295 billion" } },
      },
      {
        kind: "AMOUNT_READING",
        label: "$1,168.295 billion (1,168,295,000,000 USD)",
        replace: { find: "$1.168.295 billion", with: "$1,168.295 billion" },
        data: { amount: { value: 1168.295, currency: "USD", unit: "BILLION", asReported: "$1,168.295 billion" } },
      },
    ]);
  });

  it("a contradictory direction → the corrected flow, either way round", () => {
    expect(suggestionsFor("CONTRADICTORY_DIRECTION", "economic-relations/trade-figure/imports-ca-az-2010")).toEqual([
      {
        kind: "DIRECTION",
        label: "Canadian imports from Azerbaijan (imports)",
        replace: { find: "Canadian imports to Azerbaijan", with: "Canadian imports from Azerbaijan" },
        data: { flow: "IMPORTS" },
      },
      {
        kind: "DIRECTION",
        label: "Canadian exports to Azerbaijan (exports)",
        replace: { find: "Canadian imports to Azerbaijan", with: "Canadian exports to Azerbaijan" },
        data: { flow: "EXPORTS" },
      },
    ]);
  });
});

describe("suggestCorrections when nothing can be derived", () => {
  const fact = (statement: string): ProposedFact => ({
    importKey: "k",
    blockIndex: 0,
    references: [],
    content: { kind: "GENERAL", section: "other", statement, data: {}, validTime: { start: null } },
  });
  const anomaly = (rule: Anomaly["rule"], excerpt: string): Anomaly => ({
    rule,
    excerpt,
    message: "",
    blockIndex: 0,
    start: 0,
    end: excerpt.length,
  });
  const pair = { countryCodes: ["AZ", "CA"] as [string, string], facts: [] };

  it("offers no spelling for a word near no known place, and no merge without a kept agreement", () => {
    expect(suggestCorrections(anomaly("MISSPELLED_PLACE", "Qwxyzt"), fact("In Qwxyzt."), pair)).toEqual([]);
    expect(suggestCorrections(anomaly("DUPLICATE_AGREEMENT", "Treaty of Friendship"), fact("x"), pair)).toEqual([]);
  });

  it("turns exports from a partner round either way, keeping the capital letter", () => {
    const excerpt = "Exports from Canada";
    const found = suggestCorrections(anomaly("CONTRADICTORY_DIRECTION", excerpt), fact(`${excerpt} grew.`), pair);
    expect(found.map((s) => s.replace?.with)).toEqual(["Exports to Canada", "Imports from Canada"]);
    expect(found.every((s) => s.data === undefined)).toBe(true); // a GENERAL fact has no flow
  });

  it("offers both of the pair when the clause names no subject", () => {
    const found = suggestCorrections(anomaly("COUNTRY_NOT_IN_PAIR", "Armenia"), fact("An embassy in Armenia."), pair);
    expect(found.map((s) => s.label)).toEqual(["Armenia → Azerbaijan", "Armenia → Canada"]);
  });
});
