import { createFact, deleteFact, publishFact, reviseFact } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { axeViolations, instantBetween, publishEdit, publishedFact } from "../setup/public-helpers";
import { browser } from "./browser";

const web = inject("webUrl");

describe("history and “as of” views in Chromium", () => {
  it("shows a relation as it was before a published edit, marked as such, with links between versions", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const before = await instantBetween();
    const fact = await publishedFact(relation.id, generalFact("The embassy opened in a rented villa."), actor);
    const between = await instantBetween();
    await publishEdit(
      { factId: fact.factId, revisionId: fact.revision.id },
      generalFact("The embassy opened in a purpose-built chancery."),
      actor,
    );

    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}?asOf=${encodeURIComponent(between)}`);
    expect(await page.getByText("The embassy opened in a rented villa.").count()).toBe(1);
    expect(await page.getByText("The embassy opened in a purpose-built chancery.").count()).toBe(0);
    const banner = page.getByRole("status");
    expect(await banner.textContent()).toMatch(/Archived view\. You are reading this page as it was published on/);
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
    expect(await axeViolations(page)).toEqual([]);

    // Later version → the edit; current version → the page without the banner.
    await banner.getByRole("link", { name: "Later version →" }).click();
    await page.waitForURL(/asOf=/);
    expect(await page.getByText("The embassy opened in a purpose-built chancery.").count()).toBe(1);
    await page.getByRole("status").getByRole("link", { name: "See the current version" }).click();
    await page.waitForURL(`${web}/relations/${relation.slug}`);
    expect(await page.getByText("The embassy opened in a purpose-built chancery.").count()).toBe(1);
    expect(await page.getByRole("status").count()).toBe(0);

    // Before anything was published: the relation existed, its facts did not.
    await page.goto(`${web}/relations/${relation.slug}?asOf=${encodeURIComponent(before)}`);
    expect(await page.getByText(/No facts are published for this relation at that time/).count()).toBe(1);
    expect(await page.getByRole("status").textContent()).toMatch(/Nothing about .* had been published by then/);
    await page.close();
  });

  it("shows a fact with its sources, its whole public history and a readable diff, never its drafts", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const first = await publishedFact(relation.id, generalFact("Trade grew by a tenth in 2019."), actor);
    const between = await instantBetween();
    const second = await publishEdit(
      { factId: first.factId, revisionId: first.revision.id },
      generalFact("Trade grew by a fifth in 2019.", { validTime: { start: "2019" } }),
      actor,
      "Corrected from the final statistics",
    );
    // A later draft, never published: the public must not see it anywhere.
    await reviseFact({
      factId: first.factId,
      expectedRevisionId: second.id,
      content: generalFact("Unpublished draft wording."),
      note: "draft",
      actor,
    });

    const page = await browser.newPage();
    await page.goto(`${web}/facts/${first.factId}`);
    expect(await page.locator(".statement-text").textContent()).toContain("Trade grew by a fifth in 2019.");
    // The source's address, and its page listing every claim that cites it.
    const sources = page.getByRole("region", { name: "Sources" });
    expect(await sources.getByRole("link").allTextContents()).toEqual([expect.any(String), "Every claim citing it"]);
    const history = page.getByRole("region", { name: "History" });
    expect(await history.getByRole("listitem").count()).toBe(2);
    expect(await history.textContent()).toContain("Corrected from the final statistics");
    expect(await page.content()).not.toContain("Unpublished draft wording.");
    expect(await axeViolations(page)).toEqual([]);

    await history.getByRole("link", { name: /What changed/ }).click();
    await page.waitForURL(/\/compare\?/);
    expect(await page.locator("del.diff").allTextContents()).toEqual(["[removed: tenth]"]);
    expect(await page.locator("ins.diff").allTextContents()).toEqual(["[added: fifth]"]);
    const details = page.getByRole("table", { name: /Details that differ/ });
    expect(await details.getByRole("row", { name: /When/ }).textContent()).toMatch(/6 May 2001.*2019/);
    expect(await axeViolations(page)).toEqual([]);
    // Only published versions can be compared: the draft's number is not one of them.
    expect((await page.goto(`${web}/facts/${first.factId}/compare?from=1&to=3`))?.status()).toBe(404);

    await page.goto(`${web}/facts/${first.factId}?asOf=${encodeURIComponent(between)}`);
    expect(await page.locator(".statement-text").textContent()).toContain("Trade grew by a tenth in 2019.");
    expect(await page.getByRole("status").textContent()).toMatch(/as it was published on/);
    await page.close();
  });

  it("keeps a deleted fact's public history but takes it off the relation page; a never-published fact is a 404", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const gone = await publishedFact(relation.id, generalFact("A fact that was later deleted."), actor);
    await deleteFact({ factId: gone.factId, actor });
    const draft = await createFact({
      relationId: relation.id,
      content: generalFact("Only a draft."),
      note: "n",
      actor,
    });

    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}`);
    expect(await page.getByText("A fact that was later deleted.").count()).toBe(0);
    await page.goto(`${web}/facts/${gone.factId}`);
    expect(await page.getByText(/This fact was withdrawn from the public site/).count()).toBe(1);
    expect(await page.getByRole("region", { name: "History" }).getByText("Withdrawn").count()).toBe(1);
    expect((await page.goto(`${web}/facts/${draft.factId}`))?.status()).toBe(404);
    // Publishing it later makes the same address work (the cached 404 is revalidated).
    await publishFact({ factId: draft.factId, actor });
    expect((await page.goto(`${web}/facts/${draft.factId}`))?.status()).toBe(200);
    expect(await page.getByText("Only a draft.").count()).toBe(1);
    await page.close();
  });

  it("lists a relation's changes on its history page, each with the page as it was then", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const fact = await publishedFact(relation.id, generalFact("First wording of the history test."), actor);
    await publishEdit({ factId: fact.factId, revisionId: fact.revision.id }, generalFact("Second wording."), actor);
    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}`);
    await page.getByRole("link", { name: "History of changes" }).click();
    await page.waitForURL(/\/history$/);
    const changes = page.locator("ol.changes > li");
    expect(await changes.count()).toBe(2);
    expect(await changes.nth(0).locator(".tag").textContent()).toBe("Updated");
    expect(await changes.nth(1).locator(".tag").textContent()).toBe("Published");
    await changes
      .nth(1)
      .getByRole("link", { name: /The page as of then/ })
      .click();
    await page.waitForURL(/asOf=/);
    expect(await page.getByText("First wording of the history test.").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
