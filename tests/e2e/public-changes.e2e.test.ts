import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { axeViolations, instantBetween, publishEdit, publishedFact } from "../setup/public-helpers";
import { browser } from "./browser";

const web = inject("webUrl");

describe("the changes page: what changed in a relation between two dates", () => {
  it("is linked from a dated relation page as 'changed since', and shows added and changed facts with the diff", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const fact = await publishedFact(relation.id, generalFact("The embassy opened in a rented villa."), actor);
    const visit = await instantBetween();
    await publishEdit(
      { factId: fact.factId, revisionId: fact.revision.id },
      generalFact("The embassy opened in a purpose-built chancery."),
      actor,
    );
    await publishedFact(relation.id, generalFact("A trade office opened in Calgary."), actor);

    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}?asOf=${encodeURIComponent(visit)}`);
    await page.getByRole("link", { name: /^Changed since / }).click();
    await page.waitForURL(/\/changes\?since=/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^What changed in /);
    expect(await page.getByRole("status").textContent()).toMatch(/1 fact added, 1 fact changed, 0 facts withdrawn/);
    const added = page.locator("section", { has: page.getByRole("heading", { name: "Added" }) });
    expect(await added.textContent()).toContain("A trade office opened in Calgary.");
    const changed = page.locator("section", { has: page.getByRole("heading", { name: "Changed" }) });
    expect(await changed.locator("del").textContent()).toMatch(/rented villa/);
    expect(await changed.locator("ins").textContent()).toMatch(/purpose-built chancery/);
    expect(await changed.getByRole("link", { name: "Compare version 1 with 2" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The current page links to its latest change; a future date is explained, not a 404.
    await page.goto(`${web}/relations/${relation.slug}`);
    await page.getByRole("link", { name: "Latest changes" }).click();
    await page.waitForURL(/\/changes$/);
    expect(await page.getByRole("status").textContent()).toMatch(/1 fact added, 0 facts changed/);
    const nextYear = new Date().getUTCFullYear() + 1;
    const response = await page.goto(`${web}/relations/${relation.slug}/changes?since=${nextYear}-01-01`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("form").getByRole("alert").textContent()).toMatch(/in the future/);
    await page.close();
  });
});
