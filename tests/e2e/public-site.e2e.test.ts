import { createFact, publishFact, reviseFact } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { browser } from "./browser";

const web = inject("webUrl");

describe("public site in Chromium", () => {
  it("shows the seeded Azerbaijan–Canada relation with sections, dated facts and citations", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/`);
    await page.getByRole("link", { name: "Azerbaijan–Canada relations" }).click();
    await expect.poll(() => page.url()).toContain("/relations/azerbaijan-canada");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Azerbaijan–Canada relations");
    const sections = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(sections).toEqual(expect.arrayContaining(["Background", "Economy", "Culture", "Sources"]));
    expect(
      await page
        .getByText(/Diplomatic relations between the two countries were established on August 10, 1992/)
        .count(),
    ).toBe(1);
    const citation = page.locator("sup a").first();
    expect(await citation.textContent()).toBe("[1]");
    expect(await page.locator("#source-1").textContent()).toContain("Azerbaijan–Canada relations");
    await page.close();
  });

  it("shows a published edit now and the old text as of before it, marked as such", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("The old wording."),
      note: "n",
      actor,
    });
    await publishFact({ factId, actor });
    await new Promise((r) => setTimeout(r, 10));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 10));
    await reviseFact({
      factId,
      expectedRevisionId: revision.id,
      content: generalFact("The new wording."),
      note: "n",
      actor,
    });
    await publishFact({ factId, actor });

    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}`);
    expect(await page.getByText("The new wording.").count()).toBe(1);
    await page.goto(`${web}/relations/${relation.slug}?asOf=${encodeURIComponent(between)}`);
    expect(await page.getByText("The old wording.").count()).toBe(1);
    expect(await page.getByText("The new wording.").count()).toBe(0);
    expect(await page.getByRole("status").textContent()).toContain("as it was published on");
    await page.close();
  });

  it("never shows a draft", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    await createFact({ relationId: relation.id, content: generalFact("A secret draft."), note: "n", actor });
    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}`);
    expect(await page.getByText("A secret draft.").count()).toBe(0);
    expect(await page.getByText("No facts are published").count()).toBe(1);
    await page.close();
  });

  it("answers 404 for an unknown relation", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${web}/relations/atlantis-utopia`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Not found");
    await page.close();
  });

  it("serves the editor app", async () => {
    const page = await browser.newPage();
    const response = await page.goto(inject("editorUrl"));
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Dyad editor");
    await page.close();
  });
});
