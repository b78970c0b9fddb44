import { describe, expect, it } from "vitest";
import { applyMerge, planMerge } from "./plan-merge";

const base = { statement: "Base.", section: "other", validTime: { start: "2001" }, sources: [], data: { topic: "a" } };

describe("three-way merge plan", () => {
  it("takes one-sided changes and asks about changes on both sides", () => {
    const mine = { ...base, statement: "Mine.", data: { topic: "b" } };
    const theirs = { ...base, statement: "Theirs.", validTime: { start: "2002" } };
    const status = Object.fromEntries(planMerge(base, mine, theirs).map((f) => [f.key, f.status]));
    expect(status).toEqual({
      statement: "both",
      section: "same",
      validTime: "theirs",
      sources: "same",
      "data.topic": "mine",
    });
  });

  it("treats an omitted end as the start and an empty list as none", () => {
    const same = { ...base, validTime: { start: "2001", end: "2001" }, sources: undefined };
    expect(planMerge(base, same, base).every((f) => f.status === "same")).toBe(true);
  });

  it("builds the merged content from the choices, removing fields the other side removed", () => {
    const mine = { ...base, statement: "Mine.", data: { topic: "b" } };
    const theirs = { ...base, statement: "Theirs.", data: {} };
    const merged = applyMerge(mine, theirs, { statement: "mine", "data.topic": "theirs" });
    expect(merged.statement).toBe("Mine.");
    expect(merged.data).toEqual({});
    expect(mine.data).toEqual({ topic: "b" });
  });
});
