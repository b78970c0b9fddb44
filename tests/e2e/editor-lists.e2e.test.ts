import { createFact, getDb, submitFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { closeAll, editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";
import { browser } from "./browser";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

async function drafts(relationId: string, actor: Awaited<ReturnType<typeof createUser>>["actor"], texts: string[]) {
  const ids: string[] = [];
  for (const text of texts) {
    const { factId } = await createFact({ relationId, content: generalFact(text), note: "First", actor });
    ids.push(factId);
  }
  return ids;
}

describe("the editor's lists", () => {
  it("filters the facts in the address, then approves every submitted one on the page at once", async () => {
    const tag = unique();
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const [first, second] = await drafts(relation.id, editor.actor, [
      `First to review ${tag}.`,
      `Second to review ${tag}.`,
    ]);
    await drafts(relation.id, editor.actor, [`Not submitted ${tag}.`]);
    for (const factId of [first, second] as string[]) {
      const fact = await getDb().fact.findUniqueOrThrow({ where: { id: factId } });
      await submitFact({ factId, expectedRevisionId: fact.currentRevisionId as string, actor: editor.actor });
    }

    const { page, context } = await signedInPage(browser, reviewer);
    await page.goto(`${editorUrl()}/facts`);
    await page.getByLabel("Relation (address, e.g. canada-mexico)").fill(relation.slug);
    await page.getByLabel("State", { exact: true }).selectOption("SUBMITTED");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("state") === "SUBMITTED");
    expect(new URL(page.url()).searchParams.get("relation")).toBe(relation.slug);
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.locator("tbody").textContent()).not.toContain("Not submitted");
    await page.getByText("Page 1 of 1 (2 facts)").waitFor();

    await page.getByLabel("Select all on this page").check();
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await page.getByText("2 done.").waitFor();
    await page.getByText(`Done: First to review ${tag}. — Approved and published`).waitFor();
    const published = await getDb().fact.findMany({ where: { id: { in: [first, second] as string[] } } });
    expect(published.map((f) => f.reviewState)).toEqual(["PUBLISHED", "PUBLISHED"]);

    // A bad value in the address is said, not answered with an empty list.
    await page.goto(`${editorUrl()}/facts?pageSize=1000`);
    await page.getByRole("alert").getByText("Check the filters: pageSize: one of 10, 25, 50, 100").waitFor();
    await closeAll([context]);
  });

  it("shows the audit log in words: who, what, and the fact and relation by name, filtered by event", async () => {
    const tag = unique();
    const relation = await createRelation();
    const admin = await createUser("ADMIN");
    const editor = await createUser("EDITOR");
    await drafts(relation.id, editor.actor, [`Audited fact ${tag}.`]);

    const { page, context } = await signedInPage(browser, admin);
    await page.goto(`${editorUrl()}/audit`);
    await page.getByLabel("Relation (address, e.g. canada-mexico)").fill(relation.slug);
    await page.getByLabel("Event").selectOption({ label: "created a fact" });
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL((url) => url.searchParams.get("type") === "fact.created");
    const row = page.locator("tbody tr");
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole("link", { name: editor.actor.name }).waitFor();
    await row.getByRole("link", { name: `“Audited fact ${tag}.”` }).waitFor();
    const countries = await getDb().country.findMany({
      where: { code: { in: [relation.countryAId, relation.countryBId] } },
    });
    const name = (code: string) => countries.find((c) => c.code === code)?.name;
    await row
      .getByRole("link", { name: `${name(relation.countryAId)}–${name(relation.countryBId)} relations` })
      .waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("created a fact");
    expect(text).not.toMatch(UUID);
    expect(text).not.toContain("fact.created");

    // Following the fact's own events keeps to that fact and names it.
    await row.getByRole("link", { name: "its events" }).first().click();
    await page.waitForURL((url) => url.searchParams.has("factId"));
    await page.getByText(`Events of the fact “Audited fact ${tag}.”`).waitFor();
    await closeAll([context]);
  });
});
