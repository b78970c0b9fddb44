import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { axeViolations, publishEdit, publishedFact } from "../setup/public-helpers";
import { browser } from "./browser";

const web = inject("webUrl");

describe("accessibility and small screens", () => {
  it("has no axe violations on any kind of public page, on a desktop and on a phone", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const fact = await publishedFact(relation.id, generalFact("An accessible fact."), actor);
    await publishEdit({ factId: fact.factId, revisionId: fact.revision.id }, generalFact("An accessible edit."), actor);
    const paths = [
      "/",
      "/countries",
      "/countries/canada",
      "/relations/azerbaijan-canada",
      "/relations/azerbaijan-canada?asOf=2026-01-01",
      `/relations/${relation.slug}/history`,
      `/facts/${fact.factId}`,
      `/facts/${fact.factId}/compare`,
      "/search",
      "/search?q=embassy",
      "/relations/atlantis-utopia",
    ];
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const page = await browser.newPage({ viewport });
      for (const path of paths) {
        await page.goto(`${web}${path}`);
        expect(await axeViolations(page), `${path} at ${viewport.width}px`).toEqual([]);
        // Readable on a phone: nothing but the scrollable tables is wider than the screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
      }
      await page.close();
    }
  });

  it("lets a keyboard user skip to the content", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/relations/azerbaijan-canada`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(page.url()).toMatch(/#content$/);
    await page.close();
  });
});
