import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { withoutCitationMarkers } from "./citation-markers";

describe("withoutCitationMarkers", () => {
  it("cuts note numbers, maintenance tags, <ref> elements and cite templates", () => {
    expect(withoutCitationMarkers("Relations were established in 1992.[3][citation needed]")).toBe(
      "Relations were established in 1992.",
    );
    expect(
      withoutCitationMarkers(
        'Trade reached $1.2 billion<ref name="t">{{cite web|url=https://example.org}}</ref> in 2008.',
      ),
    ).toBe("Trade reached $1.2 billion in 2008.");
    expect(withoutCitationMarkers('An embassy opened <ref name="e" /> in 2004 {{cite news|title=x}}.')).toBe(
      "An embassy opened in 2004.",
    );
  });

  it("keeps text that only looks like a marker, and an unclosed <ref>", () => {
    expect(withoutCitationMarkers("Article [IV] of the treaty")).toBe("Article [IV] of the treaty");
    expect(withoutCitationMarkers("x <ref> y")).toBe("x <ref> y");
  });

  it("takes linear time on many unclosed <ref>s", () => {
    const hostile = "<ref>".repeat(50_000);
    expect(withoutCitationMarkers(hostile)).toBe(hostile);
  });
});

describe("imported statements", () => {
  it("show no citation markers, and still cite what the markers named", () => {
    const analysis = analyzeArticle(
      [
        "= Norway–Chile relations =",
        "",
        "==History==",
        "Diplomatic relations between the two countries were established on August 10, 1992.[1][citation needed]",
        "",
        "==References==",
        '1. "Relations", Foreign Ministry, https://example.org/a',
        "",
      ].join("\n"),
    );
    const [fact] = analysis.facts;
    expect(fact?.content.statement).toBe(
      "Diplomatic relations between the two countries were established on August 10, 1992.",
    );
    expect(fact?.references.map((r) => r.url)).toEqual(["https://example.org/a"]);
  });
});
