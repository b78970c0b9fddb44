import { describe, expect, it } from "vitest";
import { claimSummary, groupBySentence } from "./group-by-sentence";
import { trade, view } from "./test-views";

describe("groupBySentence", () => {
  it("shows a sentence holding two claims once, both claims under it, in reading order", () => {
    const sentence = "Merchandise exports were down from $31.0 million the previous year to $20 million in 2010.";
    const facts = [
      view({ factId: "a", kind: "GENERAL", statement: "Relations exist." }),
      { ...trade("b", "EXPORTS", "2009", "2009", 31), statement: sentence },
      view({ factId: "c", kind: "GENERAL", statement: "Something else." }),
      { ...trade("d", "EXPORTS", "2010", "2010", 20), statement: ` ${sentence}` },
    ];
    const groups = groupBySentence(facts);
    expect(groups.map((g) => [g.statement.trim(), g.claims.map((c) => c.factId)])).toEqual([
      ["Relations exist.", ["a"]],
      [sentence, ["b", "d"]],
      ["Something else.", ["c"]],
    ]);
  });

  it("names each claim by its kind and structured fields, so two claims of one sentence differ", () => {
    const [first, second] = [trade("b", "EXPORTS", "2009", "2009", 31), trade("d", "EXPORTS", "2010", "2010", 20)];
    expect(claimSummary(first)).toMatch(/^Trade figure · Canada · Azerbaijan · Exports · .*31/);
    expect(claimSummary(first)).not.toBe(claimSummary(second));
  });
});
