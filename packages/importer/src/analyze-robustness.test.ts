import { AppError } from "@dyad/core/errors";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { contractProblems, factsOf, readArticle, SEED_PATH } from "./test-support";

// Unseen articles: a third pair read without tuning, and damaged variants of every article.
// Whatever the text, the analyzer either refuses it with AppError("INVALID") or returns facts that
// keep the contract (schema-valid, unique keys, anomaly spans that match, no sentence dropped).

const ARTICLES = [
  SEED_PATH,
  "./fixtures/france-germany.txt",
  "./fixtures/bosnia-and-herzegovina-serbia.txt",
  "./fixtures/united-states-mexico.txt",
].map(readArticle);

describe("United States–Mexico", () => {
  const analysis = analyzeArticle(ARTICLES[3] as string);

  it("reads city names that contain a country's, two events in one sentence and a dashed treaty name", () => {
    expect(contractProblems(analysis)).toEqual([]);
    expect(factsOf(analysis, "DIPLOMATIC_RELATIONS").map((f) => [f.content.data.event, f.content.validTime])).toEqual([
      ["SEVERED", { start: "1914" }],
      ["RESTORED", { start: "1917" }],
    ]);
    expect(factsOf(analysis, "AGREEMENT").map((f) => f.content.data.title)).toEqual([
      "North American Free Trade Agreement (NAFTA)",
      "United States–Mexico–Canada Agreement",
    ]);
    expect(
      factsOf(analysis, "MISSION").map(
        (m) => `${m.content.data.owner}>${m.content.data.hostCountry}:${m.content.data.city}`,
      ),
    ).toEqual([
      "US>MX:Mexico City",
      "US>MX:Tijuana",
      "US>MX:Monterrey",
      "US>MX:Guadalajara",
      "MX>US:Washington",
      "MX>US:Los Angeles",
      "MX>US:Chicago",
      "MX>US:Houston",
    ]);
    expect(factsOf(analysis, "VISIT")[0]?.content.data.people?.map((p) => p.name)).toEqual([
      "Joe Biden",
      "Andrés Manuel López Obrador",
    ]);
    expect(factsOf(analysis, "TRADE_FIGURE")[0]?.content.data).toMatchObject({
      flow: "TURNOVER",
      reporter: "US",
      partner: "MX",
      reportedBy: "United States Census Bureau",
    });
  });
});

/** A small deterministic generator, so failures can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function damage(text: string, rnd: () => number): string {
  const lines = text.split("\n");
  const [title, ...body] = lines;
  const pick = () => Math.floor(rnd() * body.length);
  switch (Math.floor(rnd() * 6)) {
    case 0: // drop random characters
      return [title, ...body.map((l) => [...l].filter(() => rnd() > 0.05).join(""))].join("\n");
    case 1: // shuffle lines
      return [title, ...body.sort(() => rnd() - 0.5)].join("\n");
    case 2: // duplicate a stretch of lines
      return [title, ...body, ...body.slice(pick(), pick() + 5)].join("\n");
    case 3: // cut the text anywhere
      return text.slice(0, Math.floor(rnd() * text.length));
    case 4: // stray punctuation, dashes, quotes and digits
      return [...text].map((c) => (rnd() < 0.03 ? ` ${'–-".,()$€12345=*'[Math.floor(rnd() * 17)]}${c}` : c)).join("");
    default: // remove all headings
      return [title, ...body.filter((l) => !l.startsWith("="))].join("\n");
  }
}

describe("damaged articles", () => {
  it("are refused with INVALID or analysed within the contract", () => {
    const rnd = random(42);
    for (let i = 0; i < 80; i++) {
      const text = damage(ARTICLES[i % ARTICLES.length] as string, rnd);
      try {
        const problems = contractProblems(analyzeArticle(text));
        expect(problems, `variant ${i}:\n${text.slice(0, 300)}`).toEqual([]);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        expect(error.code).toBe("INVALID");
      }
    }
  });
});
