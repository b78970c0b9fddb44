import { ZFactContent } from "@dyad/core/schemas/fact";
import { describe, expect, it } from "vitest";
import { checkPublishRules } from "./publish-rules";

const pair = ["AZ", "CA"] as const;
const source = { source: { url: "https://example.org/a", title: "A source" } };
const content = (input: Record<string, unknown>) =>
  ZFactContent.parse({ section: "other", statement: "A fact.", sources: [source], ...input });

describe("publish rules", () => {
  it("pass a complete, consistent fact", () => {
    const fact = content({ kind: "MISSION", data: { owner: "AZ", hostCountry: "CA", missionType: "EMBASSY" } });
    expect(checkPublishRules(fact, pair)).toEqual([]);
  });

  it("need a source", () => {
    expect(checkPublishRules(content({ kind: "GENERAL", data: {}, sources: [] }), pair)).toEqual([
      { path: "sources", message: "Cite at least one source" },
    ]);
  });

  it("need both parties of a recognition to be the pair, and different", () => {
    const issues = checkPublishRules(
      content({ kind: "RECOGNITION", data: { recognizer: "FR", recognized: "FR" } }),
      pair,
    );
    expect(issues.map((i) => i.path)).toEqual(["data.recognizer", "data.recognized", "data.recognized"]);
  });

  it("read source dates in order, and not in the future", () => {
    const late = { source: { title: "Late", publishedOn: "2020-05-01", accessedOn: "2020-04-01" } };
    const future = { source: { title: "Future", publishedOn: "2999-01-01" } };
    const issues = checkPublishRules(content({ kind: "GENERAL", data: {}, sources: [late, future] }), pair);
    expect(issues).toEqual([
      { path: "sources.0.source.accessedOn", message: "Accessed before it was published" },
      { path: "sources.1.source.publishedOn", message: "Published in the future" },
    ]);
  });

  it("let a visit name a third country only where the schema says so", () => {
    const visit = content({ kind: "VISIT", data: { type: "VISIT", fromCountry: "AZ", toCountry: "AZ" } });
    expect(checkPublishRules(visit, pair)).toEqual([
      { path: "data.toCountry", message: "A visit goes to the other country" },
    ]);
  });
});
