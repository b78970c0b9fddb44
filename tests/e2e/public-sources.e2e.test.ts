import { approveFact, createFact } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";
import { browser } from "./browser";

const web = inject("webUrl");

describe("citations a reader can follow, both ways", () => {
  it("goes from a citation mark to the source, to every claim citing it, and back to the claim", async () => {
    const page = await browser.newPage();
    await page.goto(`${web}/relations/azerbaijan-canada`);
    const fact = page.locator("li[data-fact-id]", { hasText: "Diplomatic relations between the two countries" });
    const factId = await fact.getAttribute("data-fact-id");
    await fact.locator("sup a").click();
    await expect.poll(() => page.url()).toMatch(/#source-1$/);
    const entry = page.locator("#source-1");
    expect(await entry.getByRole("link", { name: "Azerbaijan–Canada relations" }).getAttribute("href")).toBe(
      "https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Canada_relations",
    );
    // Back from the source list to each claim that cites it.
    const back = entry.getByRole("link", { name: /^Back to claim \d+ citing it$/ });
    expect(await back.count()).toBeGreaterThan(20);
    const targets = await back.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(targets).toContain(`#fact-${factId}`);

    await entry.getByRole("link", { name: "Every claim citing it" }).click();
    await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Azerbaijan–Canada relations");
    const sentences = (await page.locator(".statement").allTextContents()).map((s) => s.trim());
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);
    const claim = page.locator("li", { hasText: "Diplomatic relations between the two countries" });
    await claim.getByRole("link", { name: /On the page/ }).click();
    await expect.poll(() => page.url()).toContain(`/relations/azerbaijan-canada#fact-${factId}`);
    expect(await page.getByText("unsourced", { exact: true }).count()).toBe(0);
    await page.close();
  });

  it("marks a fact published without a followable source as unsourced", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const { actor: editor } = await createUser("EDITOR");
    const statement = `A claim from a printed yearbook ${unique()}.`;
    const content = generalFact(statement, { sources: [{ source: { title: `Yearbook ${unique()}`, kind: "BOOK" } }] });
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content,
      note: "From print",
      actor: editor,
    });
    await approveFact({
      factId,
      expectedRevisionId: revision.id,
      actor,
      overrideUnsourced: { reason: "Only in print" },
    });
    const page = await browser.newPage();
    await page.goto(`${web}/relations/${relation.slug}`);
    const item = page.locator("li[data-fact-id]", { hasText: statement });
    expect(await item.locator(".unsourced").textContent()).toBe("unsourced");
    await page.close();
  });
});
