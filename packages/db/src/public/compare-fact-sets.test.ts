import { describe, expect, it } from "vitest";
import { compareFactSets } from "./compare-fact-sets";

const fact = (factId: string, revisionId: string, statement: string) => ({
  factId,
  revisionId,
  statement,
  section: "background",
  validTime: { start: "2010", end: "2010" },
  data: {},
  sources: [],
});

describe("what changed between two public states of a relation", () => {
  it("sorts facts into added, changed (with the words that changed) and withdrawn; untouched facts are not listed", () => {
    const before = [fact("a", "a1", "The embassy opened."), fact("b", "b1", "A visit."), fact("c", "c1", "Same.")];
    const after = [fact("a", "a2", "The embassy reopened."), fact("c", "c1", "Same."), fact("d", "d1", "A treaty.")];
    const { added, changed, withdrawn } = compareFactSets(before, after);
    expect(added.map((f) => f.factId)).toEqual(["d"]);
    expect(withdrawn.map((f) => f.factId)).toEqual(["b"]);
    expect(changed.map((c) => [c.before.revisionId, c.after.revisionId])).toEqual([["a1", "a2"]]);
    const statement = changed[0]?.changes.find((c) => c.path[0] === "statement");
    expect(statement?.words?.filter((w) => w.added).map((w) => w.value)).toEqual(["reopened"]);
  });
});
