import { createFact, publishFact } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { axeViolations, uniqueWord } from "../setup/public-helpers";
import { browser } from "./browser";

const web = inject("webUrl");

describe("search that finds facts, narrowed by facets", () => {
  it("finds a mission by 'embassy', narrows by kind and years, and shows how many claims each sentence holds", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const word = uniqueWord("zk");
    const publish = async (content: Parameters<typeof createFact>[0]["content"]) => {
      const created = await createFact({ relationId: relation.id, content, note: "n", actor });
      await publishFact({ factId: created.factId, actor });
    };
    await publish({
      kind: "MISSION",
      section: "missions",
      statement: `The ${word} mission opened in the capital.`,
      validTime: { start: "2004-09", end: null },
      data: { owner: relation.countryAId, missionType: "EMBASSY", hostCountry: relation.countryBId, city: "Ottawa" },
      sources: generalFact("x").sources,
    });
    for (const year of ["1998", "1999"]) {
      await publish(generalFact(`The ${word} embassy talks of 1998 and 1999.`, { validTime: { start: year } }));
    }

    const page = await browser.newPage();
    await page.goto(`${web}/search`);
    await page.getByLabel("Search relations, countries and facts").fill(`${word} embassy`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?/);
    expect(await page.getByRole("status").textContent()).toMatch(/2 results/);
    const results = page.locator("#found-facts + ol > li");
    expect(await results.count()).toBe(2);
    expect(await page.getByText("General · 2 claims").count()).toBe(1);
    expect(await page.getByText("Diplomatic mission · 1 claim").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Narrow by kind, then back out; narrow by years of valid time.
    const facets = page.getByRole("navigation", { name: "Narrow the results" });
    await facets.getByRole("link", { name: /^Diplomatic mission/ }).click();
    await page.waitForURL(/kind=MISSION/);
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain("mission opened in the capital");
    await page.getByRole("navigation", { name: "Narrow the results" }).getByRole("link", { name: "any kind" }).click();
    await page.waitForURL((url) => !url.searchParams.has("kind"));
    await page.getByLabel("From year").fill("2000");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/from=2000/);
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain("mission opened");

    // A reversed range is explained, not an error page.
    await page.goto(`${web}/search?q=${word}&from=2010&to=2000`);
    expect(await page.locator("p[role=alert]").textContent()).toMatch(/Not understood: to: from comes after to/);
    await page.close();
  });
});
