import { describe, expect, inject, it } from "vitest";
import { browser } from "./browser";

const web = inject("webUrl");

// The seed article's five defects, which the importer flags and the publication gate holds back.
const DEFECTS = [
  "embassy in Armenia",
  "Anakara",
  "Elimination of Double Taxation",
  "1.168.295",
  "Canadian imports to Azerbaijan",
];

const MERCHANDISE = "Merchandise exports to Azerbaijan were also down from $31.0 million";

describe("the fresh product's public page, as a reader sees it", () => {
  it("shows none of the seed's five defects and no sentence twice", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/relations/azerbaijan-canada`);
    const text = (await page.locator("main").textContent()) ?? "";
    for (const defect of DEFECTS) expect(text).not.toContain(defect);
    expect(text).toContain("Diplomatic relations between the two countries were established on August 10, 1992.");

    const sentences = (await page.locator(".facts .statement").allTextContents()).map((s) => s.trim());
    expect(sentences.length).toBeGreaterThan(15);
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);

    // A sentence holding two claims: once, with both claims under it, each with its own page.
    const merchandise = page.locator("li.sentence", { hasText: MERCHANDISE });
    expect(await merchandise.count()).toBe(1);
    const claims = merchandise.locator(".claims li[data-fact-id]");
    expect(await claims.locator("time").allTextContents()).toEqual(["2009", "2010"]);
    expect(await claims.getByRole("link", { name: /History/ }).count()).toBe(2);
    expect(await merchandise.locator("sup a").first().textContent()).toBe("[1]");

    // The timeline still leads to each claim.
    const targets = await page
      .getByRole("region", { name: "Timeline" })
      .locator("a")
      .evaluateAll((links) => links.map((a) => (a.getAttribute("href") ?? "").slice(1)));
    expect(targets.length).toBeGreaterThan(5);
    for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    await page.close();
  });

  it("shows the article's See also list as links of the relation, not as facts", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/relations/azerbaijan-canada`);
    const seeAlso = page.getByRole("region", { name: "See also" });
    expect(await seeAlso.getByRole("link").allTextContents()).toEqual([
      "Foreign relations of Azerbaijan",
      "Foreign relations of Canada",
      "Azerbaijan-NATO relations",
      "Azerbaijani Canadians",
    ]);
    expect(await page.locator(".facts", { hasText: "Foreign relations of Canada" }).count()).toBe(0);
    await seeAlso.getByRole("link", { name: "Foreign relations of Canada" }).click();
    await expect.poll(() => page.url()).toContain("/search?q=Foreign%20relations%20of%20Canada");
    await page.close();
  });

  it("attributes the Wikipedia article's text under CC BY-SA and states the data's licence", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/relations/azerbaijan-canada`);
    const attribution = page.locator(".attribution");
    expect(await attribution.getByRole("link", { name: "“Azerbaijan–Canada relations”" }).getAttribute("href")).toBe(
      "https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Canada_relations",
    );
    expect(await attribution.getByRole("link", { name: "CC BY-SA 4.0" }).getAttribute("href")).toBe(
      "https://creativecommons.org/licenses/by-sa/4.0/",
    );
    const footer = page.getByRole("contentinfo");
    expect(await footer.locator('a[rel="license"]').getAttribute("href")).toBe(
      "https://creativecommons.org/licenses/by/4.0/",
    );
    await page.close();
  });

  it("lists a sentence holding several claims once in search results", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/search?q=${encodeURIComponent("merchandise exports")}`);
    const results = page.getByRole("region", { name: "Facts" }).locator("li");
    const texts = (await results.allTextContents()).filter((t) => t.includes("Merchandise exports"));
    expect(texts).toHaveLength(1);
    await page.close();
  });
});
