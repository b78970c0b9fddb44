import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { axeViolations, publishedFact, tradeFact } from "../setup/public-helpers";
import { browser } from "./browser";

const web = inject("webUrl");

describe("a relation page in Chromium", () => {
  it("shows the seeded relation in readable sections, with dates, numbered citations, a timeline and a trade chart", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/relations/azerbaijan-canada`);
    const sections = await page.getByRole("heading", { level: 2 }).allTextContents();
    // No "Agreements": its one sentence repeats the convention and waits for review (publication gate).
    const expected = ["Background", "Diplomatic missions", "Visits and meetings", "Parliamentary links"];
    expect(sections).toEqual(
      expect.arrayContaining([...expected, "Economy", "Education", "Culture", "See also", "Timeline"]),
    );
    // Sections come in the order a reader expects, sources last.
    expect(sections.indexOf("Background")).toBeLessThan(sections.indexOf("Economy"));
    expect(sections.at(-1)).toBe("Sources");

    const fact = page.locator("li[data-fact-id]", { hasText: "Diplomatic relations between the two countries" });
    expect(await fact.locator("time").textContent()).toBe("10 August 1992");
    expect(await fact.locator("sup a").textContent()).toBe("[1]");
    expect(await page.locator("#source-1").textContent()).toContain("Azerbaijan–Canada relations");

    const timeline = page.getByRole("region", { name: "Timeline" });
    expect(await timeline.getByRole("link", { name: "Diplomatic relations established" }).getAttribute("href")).toBe(
      `#${await fact.getAttribute("id")}`,
    );

    const chart = page.getByRole("img", { name: /Trade by year/ });
    expect(await chart.count()).toBe(1); // one drawing for this screen width; the other is hidden
    await chart.waitFor({ state: "visible" });
    // Canada's imports wait for review (a malformed amount, a contradictory direction): one line.
    expect(await page.locator("figcaption .legend li").allTextContents()).toEqual(["Canada to Azerbaijan"]);
    const table = page.getByRole("table", { name: "Trade figures cited on this page" });
    expect(await table.getByRole("row").count()).toBeGreaterThanOrEqual(5);
    expect(await table.textContent()).not.toContain("1.168.295");
    expect(await table.textContent()).toContain("$19.713M");
    expect(await page.getByText(/History of changes/).count()).toBe(1);
    expect(await page.getByText(/Last updated \d{1,2} \w+ \d{4}/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("has the facts in the HTML, readable without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${web}/relations/azerbaijan-canada`);
    expect(await page.getByText(/Canada recognized the independence of Azerbaijan/).count()).toBe(1);
    expect(await page.locator("svg.trade-chart path").count()).toBeGreaterThan(4);
    await context.close();
  });

  it("draws a relation's own trade figures, one line per direction, with a table of every figure", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const [a, b] = [relation.countryAId, relation.countryBId];
    for (const [year, out, back] of [
      [2019, 10, 40],
      [2020, 12, 35],
      [2021, 15, 50],
    ] as const) {
      await publishedFact(
        relation.id,
        tradeFact({ reporter: a, partner: b, flow: "EXPORTS", year, millions: out }),
        actor,
      );
      await publishedFact(
        relation.id,
        tradeFact({ reporter: a, partner: b, flow: "IMPORTS", year, millions: back }),
        actor,
      );
    }
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${web}/relations/${relation.slug}`);
    const chart = page.getByRole("img", { name: /Trade by year in USD/ });
    await chart.waitFor({ state: "visible" });
    // Each direction is a line with a marker per year, and the chart describes itself in text.
    expect(await chart.locator("g.series").count()).toBe(2);
    expect(await chart.locator("g.series path[transform]").count()).toBe(6);
    const description = await chart.locator("desc").textContent();
    expect(description).toMatch(/\$10M in 2019, \$12M in 2020, \$15M in 2021/);
    expect(description).toMatch(/\$40M in 2019, \$35M in 2020, \$50M in 2021/);
    const table = page.getByRole("table", { name: "Trade figures cited on this page" });
    expect(await table.locator("tbody tr").count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("leaves out the chart when a relation has no trade figures", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    await publishedFact(relation.id, generalFact("A fact that is not about trade."), actor);
    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}`);
    expect(await page.getByText("A fact that is not about trade.").count()).toBe(1);
    expect(await page.locator("svg.trade-chart").count()).toBe(0);
    await page.close();
  });

  // Unreadable dates are no 404 but a message beside the date control (public-time.e2e.test.ts).
  it("answers 404 with a page for unknown relations, countries and facts", async () => {
    const page = await browser.newPage();
    for (const path of [
      "/relations/atlantis-utopia",
      "/relations/Not%20A%20Slug",
      `/relations/${"x".repeat(400)}`,
      "/countries/atlantis",
      "/facts/00000000-0000-4000-8000-000000000000",
      "/facts/not-a-fact",
      "/relations/atlantis-utopia/history",
      "/no/such/page",
    ]) {
      const response = await page.goto(`${web}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent(), path).toBe("Not found");
    }
    expect((await fetch(`${web}/relations/atlantis-utopia/feed.xml`)).status).toBe(404);
    await page.close();
  });
});
