import { AppError } from "@dyad/core/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANALYSIS_BUDGET_MS, analyzeArticleOffThread } from "./analyze-in-worker";
import { readArticle, SEED_PATH } from "./test-support";

// The analyzer on its thread: the same answer as in process, refusals kept, a budget that ends a
// slow analysis with a clear message, and adversarial articles of 100 KB that all finish within
// that budget (before the rewrite of the importer's expressions, a 3 KB line of "=" and spaces
// took 43 s, and a line of "1.1.1…" or "$1.1$1.1…" grew quadratically).

const TITLE = "= France–Germany relations =";
const SIZE = 100_000;

/** The analysis, or the refusal's message; a refusal for the budget fails the test. */
async function outcome(text: string): Promise<string> {
  try {
    const analysis = await analyzeArticleOffThread(text);
    return `${analysis.facts.length} facts`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.details.budgetMs, `refused for time: ${text.slice(0, 80)}…`).toBeUndefined();
    return error.message;
  }
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe("analyzeArticleOffThread", () => {
  it("answers as the analyzer does, and keeps its refusals", { timeout: 120_000 }, async () => {
    const analysis = await analyzeArticleOffThread(readArticle(SEED_PATH));
    expect(analysis.countryCodes).toEqual(["AZ", "CA"]);
    expect(analysis.facts.length).toBeGreaterThan(30);
    await expect(analyzeArticleOffThread("= France relations =")).rejects.toThrow(/names only one country/);
  });

  it("refuses an analysis over its budget with a message the editor shows", { timeout: 120_000 }, async () => {
    const refusal = analyzeArticleOffThread(readArticle(SEED_PATH), { budgetMs: 1 });
    await expect(refusal).rejects.toThrow(
      "The article could not be analysed within 0.001 s; split it into smaller articles",
    );
    await expect(refusal).rejects.toMatchObject({ code: "INVALID", details: { budgetMs: 1 } });
  });

  it("finishes adversarial articles of 100 KB within its budget", { timeout: 30 * ANALYSIS_BUDGET_MS }, async () => {
    // The reported line, as the title and as a heading.
    expect(await outcome(`${repeatTo("=", SIZE / 2)}${repeatTo(" ", SIZE / 2)}`)).toMatch(
      /first line must be the title/,
    );
    expect(await outcome(`${TITLE}\n\n${repeatTo("=", SIZE / 2)}${repeatTo(" ", SIZE / 2)}x\n`)).toMatch(/facts$/);
    const UNITS = [
      "=",
      " ",
      "\t",
      "1",
      ",",
      ".",
      "(",
      ")",
      "[",
      "]",
      "“",
      '"',
      "«",
      "$1.1",
      "the The ",
      "between ",
      "and ",
      "Mr. ",
      "- ",
      "event ",
      "in ",
      "the chair of the ",
      "President Ilham Aliyev ",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("paragraph", "heading", "title"),
        async (units, where) => {
          const body = repeatTo(units.join(""), SIZE);
          const text =
            where === "title"
              ? `= ${body} =`
              : where === "heading"
                ? `${TITLE}\n\n== ${body} ==\n`
                : `${TITLE}\n\n${body}\n`;
          expect(await outcome(text)).toBeTypeOf("string");
        },
      ),
      { numRuns: 12, seed: 20 },
    );
  });
});
