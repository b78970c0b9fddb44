import { getDb } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { axeViolations, publishedFact } from "../setup/public-helpers";
import { browser } from "./browser";

const web = inject("webUrl");

describe("a country page: map of its relations, counts by kind, latest changes", () => {
  it("draws each partner as a keyboard-reachable, named link coloured by facts, with a table saying the same", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    await publishedFact(relation.id, generalFact("A first mapped fact."), actor);
    await publishedFact(relation.id, generalFact("A second mapped fact."), actor);
    const [home, partner] = await Promise.all(
      [relation.countryAId, relation.countryBId].map((code) => getDb().country.findUniqueOrThrow({ where: { code } })),
    );

    const page = await browser.newPage();
    await page.goto(`${web}/countries/${home?.slug}`);
    const map = page.getByRole("group", { name: `Map of ${home?.name}’s relations` });
    expect(await map.count()).toBe(1);
    const table = page.getByRole("table", { name: `Relations of ${home?.name} with published facts` });
    const row = table.getByRole("row", { name: new RegExp(`^${partner?.name}`) });
    expect(await row.getByRole("cell").first().textContent()).toBe("2");
    // A small country may be too small for the 1:110m outlines: then only the table has it.
    const area = map.getByRole("link", { name: `${partner?.name}: 2 facts` });
    if ((await area.count()) > 0) {
      await area.focus();
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
        `${partner?.name}: 2 facts`,
      );
      expect(await area.locator("path").getAttribute("class")).toMatch(/map-shade-1/); // 2 facts: the 2–4 shade
    }
    expect(await page.getByRole("heading", { name: "Facts by kind" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "General" }).getAttribute("href")).toBe(
      `/search?kind=GENERAL&country=${home?.code}`,
    );
    const changes = page.locator("ol.changes");
    expect(await changes.textContent()).toContain("A second mapped fact");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows the seeded Canada with Azerbaijan on the map as a link to the relation", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/countries/canada`);
    const link = page
      .getByRole("group", { name: "Map of Canada’s relations" })
      .getByRole("link", { name: /^Azerbaijan: / });
    expect(await link.getAttribute("href")).toBe("/relations/azerbaijan-canada");
    await page.close();
  });

  it("gives citation and history links a touch target of at least 24 px on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${web}/relations/azerbaijan-canada`);
    for (const selector of ["sup.cite a", "a.permalink"]) {
      const boxes = await page.locator(selector).evaluateAll((links) =>
        links.slice(0, 20).map((a) => {
          const r = a.getBoundingClientRect();
          return { width: r.width, height: r.height };
        }),
      );
      expect(boxes.length, selector).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.width, selector).toBeGreaterThanOrEqual(24);
        expect(box.height, selector).toBeGreaterThanOrEqual(24);
      }
    }
    await page.close();
  });
});
