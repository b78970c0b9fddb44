import { createFact } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { axeViolations, publishedFact, uniqueWord } from "../setup/public-helpers";
import { browser } from "./browser";

const web = inject("webUrl");

/** The word with one letter changed in the middle. */
const typo = (word: string) => {
  const i = Math.floor(word.length / 2);
  return `${word.slice(0, i)}${word[i] === "q" ? "w" : "q"}${word.slice(i + 1)}`;
};

describe("search in Chromium", () => {
  it("finds a published fact from the home page's search box despite a one-letter typo", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const word = uniqueWord("zorbalet");
    const { factId } = await publishedFact(
      relation.id,
      generalFact(`The ${word} festival was held in the capital for the first time.`),
      actor,
    );

    const page = await browser.newPage();
    await page.goto(`${web}/`);
    await page.getByRole("searchbox", { name: "Search relations, countries and facts" }).fill(typo(word));
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=/);
    const facts = page.getByRole("region", { name: "Facts" });
    const hit = facts.getByRole("link", { name: new RegExp(`${word} festival`) });
    expect(await hit.count()).toBe(1);
    expect(await page.getByRole("status").textContent()).toMatch(/closest/);
    expect(await axeViolations(page)).toEqual([]);
    await hit.click();
    await page.waitForURL(`${web}/facts/${factId}`);
    expect(await page.locator(".statement-text").textContent()).toContain(`The ${word} festival`);
    await page.close();
  });

  it("ranks exact matches, marks the matched words, and finds relations and countries by name", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/search?q=${encodeURIComponent("Khojaly commemoration")}`);
    const mark = page.getByRole("region", { name: "Facts" }).locator("mark");
    expect((await mark.allTextContents()).map((t) => t.toLowerCase())).toEqual(
      expect.arrayContaining(["khojaly", "commemoration"]),
    );
    await page.goto(`${web}/search?q=azerbajan`);
    expect(
      await page
        .getByRole("region", { name: "Relations" })
        .getByRole("link", { name: "Azerbaijan–Canada relations" })
        .count(),
    ).toBe(1);
    expect(
      await page.getByRole("region", { name: "Countries" }).getByRole("link", { name: "Azerbaijan" }).count(),
    ).toBe(1);
    await page.close();
  });

  it("never finds a draft, and answers odd input without an error", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const word = uniqueWord("quindrel");
    await createFact({ relationId: relation.id, content: generalFact(`A ${word} draft.`), note: "n", actor });
    const page = await browser.newPage();
    for (const q of [word, typo(word), `"${word}`, "-", "a".repeat(500), "\u0000x", "<script>alert(1)</script>", " "]) {
      const response = await page.goto(`${web}/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      expect(await page.content(), q).not.toContain(`A ${word} draft.`);
      expect(await page.getByRole("region", { name: "Facts" }).getByText(word).count(), q).toBe(0);
    }
    expect(await page.getByText("Search for at most 200 characters.").count()).toBe(0);
    await page.goto(`${web}/search?q=${"a".repeat(500)}`);
    expect(await page.getByText("Search for at most 200 characters.").count()).toBe(1);
    await page.close();
  });
});
