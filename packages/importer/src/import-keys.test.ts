import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { readArticle, SEED_PATH } from "./test-support";

const seed = readArticle(SEED_PATH);
const keysOf = (text: string) => analyzeArticle(text).facts.map((f) => f.importKey);
const statementsByKey = (text: string) =>
  new Map(analyzeArticle(text).facts.map((f) => [f.importKey, f.content.statement]));

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, to);
}

describe("import keys", () => {
  it("are unique within each article", () => {
    for (const path of [SEED_PATH, "./fixtures/france-germany.txt", "./fixtures/bosnia-and-herzegovina-serbia.txt"]) {
      const keys = keysOf(readArticle(path));
      expect(new Set(keys).size, path).toBe(keys.length);
    }
  });

  it("stay unique when the same facts are told twice", () => {
    const text = [
      "= Azerbaijan–Canada relations =",
      "== Culture ==",
      "Concerts were held in Canada.",
      "",
      "Concerts were held in Canada.",
      "",
      "Cultural relations are good.",
      "",
      "Cultural relations are good.",
      "== Trade ==",
      "In 2008, Canada's exports to Azerbaijan were $5 million.",
      "",
      "In 2008, Canada's exports to Azerbaijan were $5 million.",
    ].join("\n");
    const keys = keysOf(text);
    expect(keys.length).toBe(6);
    expect(new Set(keys).size).toBe(6);
  });

  it("are the same on a re-import of the same article", () => {
    expect(keysOf(seed)).toEqual(keysOf(seed));
  });

  it("are the same when sentences are reworded, so the importer revises those facts", () => {
    let reworded = edit(seed, "reached $1.168.295 billion", "amounted to $1.168.295 billion");
    reworded = edit(
      reworded,
      "Araz Azimov visited Canada, on March 27–28, 2006",
      "Araz Azimov paid a visit to Canada on March 27–28, 2006",
    );
    reworded = edit(reworded, "on that same day Canada recognized", "on that same day Canada officially recognized");
    reworded = edit(reworded, "was held in Montreal, Canada", "took place in Montreal, Canada");
    reworded = edit(
      reworded,
      "Cultural relations between Canada and Azerbaijan increase with every passing day.",
      "Cultural ties between Canada and Azerbaijan grow every day.",
    );
    reworded = edit(
      reworded,
      "Azerbaijan opened its embassy in Ottawa in 2004",
      "Azerbaijan opened an embassy in Ottawa in 2004",
    );
    expect(keysOf(reworded)).toEqual(keysOf(seed));

    const before = statementsByKey(seed);
    const after = statementsByKey(reworded);
    const changed = [...after].filter(([key, statement]) => before.get(key) !== statement).map(([key]) => key);
    expect(changed).toEqual(
      expect.arrayContaining([
        "economic-relations/trade-figure/imports-ca-az-2008",
        "high-level-visits/visit/visit-2006",
        "background/recognition/ca-az",
        "cultural-relations/culture/2014",
        "cultural-relations/general/n1",
        "resident-diplomatic-missions/mission/az-ca-embassy",
      ]),
    );
  });

  it("keep existing facts' keys when a new fact is added to a section", () => {
    const added = edit(
      seed,
      "== Contracts ==",
      "Canadian Foreign Minister Melanie Joly visited Azerbaijan on 3 May 2023.\n\n== Contracts ==",
    );
    const old = keysOf(seed);
    const now = keysOf(added);
    expect(now).toEqual(expect.arrayContaining(old));
    expect(now.filter((k) => !old.includes(k))).toEqual(["high-level-visits/visit/visit-2023"]);
  });

  it("read as section path, kind and identity", () => {
    expect(keysOf(seed)).toEqual(
      expect.arrayContaining([
        "background/general/independence-az",
        "background.friendship-group/parliamentary-group/established-2000",
        "economic-relations/agreement/2004",
        "resident-diplomatic-missions/mission/ca-tr-embassy",
      ]),
    );
  });
});
