import { describe, expect, inject, it } from "vitest";

describe("the relation's Atom feed", () => {
  it("shows each sentence once, naming every claim read from it", async () => {
    const response = await fetch(`${inject("webUrl")}/relations/azerbaijan-canada/feed.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    const contents = [...xml.matchAll(/<content type="text">([^<]*)<\/content>/g)].map((m) => m[1] as string);
    expect(contents.length).toBeGreaterThan(10);
    const sentences = contents.map((c) => c.replace(/^[^:]*\d: /, "").trim());
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);
    const merchandise = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)]
      .map((m) => m[0])
      .filter((entry) => entry.includes("Merchandise exports to Azerbaijan"));
    expect(merchandise).toHaveLength(1);
    expect(merchandise[0]?.match(/<title>([^<]*)<\/title>/)?.[1]).toMatch(
      /^Published: .+; .+ \(Azerbaijan–Canada relations\)$/,
    );
  });
});
