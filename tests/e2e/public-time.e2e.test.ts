import { getDb } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { axeViolations, instantBetween, publishedFact } from "../setup/public-helpers";
import { browser } from "./browser";

const web = inject("webUrl");

describe("the date control: what was true on a date, and what Dyad had published by then", () => {
  it("filters by valid time, by publication time and by both, each in the address", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    await publishedFact(
      relation.id,
      generalFact("The embassy opened in Baku.", { validTime: { start: "2004-09", end: null } }),
      actor,
    );
    await publishedFact(
      relation.id,
      generalFact("A minister visited in 1998.", { validTime: { start: "1998-05-02" } }),
      actor,
    );
    const between = await instantBetween();
    await publishedFact(
      relation.id,
      generalFact("A treaty came into force.", { validTime: { start: "2003", end: null } }),
      actor,
    );

    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}`);
    const control = page.locator("form.time-control");
    await control.getByLabel("What was true on").fill("2010");
    await control.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/[?&]on=2010/);
    expect(await page.getByText("The embassy opened in Baku.").count()).toBe(1);
    expect(await page.getByText("A treaty came into force.").count()).toBe(1);
    expect(await page.getByText("A minister visited in 1998.").count()).toBe(0);
    expect(await page.locator(".valid-on").textContent()).toMatch(/What was true in 2010\. Showing the 2 facts/);
    expect(await control.getByLabel("What was true on").inputValue()).toBe("2010");
    expect(await axeViolations(page)).toEqual([]);

    // Add the other kind of time: what Dyad said at `between` about 2010 (the treaty came later).
    await control.getByLabel("As Dyad published it on").fill(between);
    await control.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/asOf=/);
    expect(new URL(page.url()).searchParams.get("on")).toBe("2010");
    expect(await page.getByText("The embassy opened in Baku.").count()).toBe(1);
    expect(await page.getByText("A treaty came into force.").count()).toBe(0);
    expect(await page.getByRole("status").textContent()).toMatch(/Archived view/);

    // Publication time alone: every fact published by then, whatever its date.
    await control.getByLabel("What was true on").fill("");
    await control.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((url) => !url.searchParams.get("on"));
    expect(await page.getByText("A minister visited in 1998.").count()).toBe(1);
    expect(await page.getByText("A treaty came into force.").count()).toBe(0);
    await page.close();
  });

  it("explains a bad or future date beside the control instead of an empty page or a 404", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const fact = await publishedFact(relation.id, generalFact("A consulate opened."), actor);
    const country = await getDb().country.findUniqueOrThrow({ where: { code: relation.countryAId } });
    const page = await browser.newPage();
    const nextYear = new Date().getUTCFullYear() + 1;
    for (const [query, message] of [
      [`on=${nextYear}`, /What was true on”: This date is in the future/],
      ["on=2010-13", /What was true on”: Not a calendar date/],
      [`asOf=${nextYear}-01-01`, /As Dyad published it on”: this date is in the future/],
      ["asOf=banana", /As Dyad published it on”: use a date/],
      ["asOf=2026-02-30", /As Dyad published it on”: use a date/],
    ] as const) {
      for (const path of [`/relations/${relation.slug}`, `/facts/${fact.factId}`, `/countries/${country.slug}`]) {
        const response = await page.goto(`${web}${path}?${query}`);
        expect(response?.status(), `${path}?${query}`).toBe(200);
        expect(await page.locator("form.time-control").getByRole("alert").textContent(), `${path}?${query}`).toMatch(
          message,
        );
      }
    }
    await page.close();
  });
});
