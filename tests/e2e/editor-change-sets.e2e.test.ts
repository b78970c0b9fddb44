import { createFact, getDb, openChangeSet, publishFact, stageFactEdit, submitChangeSet } from "@dyad/db";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { closeAll, editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";
import { axeViolations } from "../setup/public-helpers";
import { browser } from "./browser";

async function relationWithPublicFacts(...texts: string[]) {
  const relation = await createRelation();
  const admin = await createUser("ADMIN");
  for (const text of texts) {
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact(text),
      note: "First draft",
      actor: admin.actor,
    });
    await publishFact({ factId, revisionId: revision.id, actor: admin.actor });
  }
  return relation;
}

/** The change-set's state, as its page's heading shows it. */
const stateOf = (page: Page) => page.locator("h1 .badge").textContent();

async function editInChangeSet(page: Page, setUrl: string, slug: string, from: string, to: string) {
  await page.goto(`${setUrl}?relation=${slug}`);
  await page.getByRole("link", { name: from }).click();
  await page.waitForURL(/\/facts\/.+\?changeSet=/);
  await page.getByLabel("Statement").fill(to);
  await page.getByLabel("Change note").fill("After the state visit");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.getByText(/Saved in the change-set/).waitFor();
}

describe("editorial change-sets in the editor", () => {
  it("edits several facts in one change-set, reviewed with diffs, published at one instant, then reverted", async () => {
    const tag = unique();
    const old = [`Embassy opened in 1992 (${tag}).`, `Trade was small (${tag}).`];
    const relation = await relationWithPublicFacts(...old);
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const asEditor = await signedInPage(browser, editor);
    const page = asEditor.page;

    await page.goto(`${editorUrl()}/change-sets`);
    await page.getByLabel("Title").fill(`State visit ${tag}`);
    await page.getByLabel("Description").fill("Everything the visit changed");
    await page.getByRole("button", { name: "Open change-set" }).click();
    await page.waitForURL(/\/change-sets\/[0-9a-f-]{36}$/);
    const setUrl = page.url();
    await page.getByLabel("Relation", { exact: true }).selectOption(relation.slug);
    await page.getByRole("button", { name: "Show its facts" }).click();
    await page.waitForURL(/\?relation=/);
    const edited = [`Embassy opened in 1993 (${tag}).`, `Trade grew after the visit (${tag}).`];
    await editInChangeSet(page, setUrl, relation.slug, old[0] as string, edited[0] as string);
    await editInChangeSet(page, setUrl, relation.slug, old[1] as string, edited[1] as string);
    // Saved in the change-set only: the public still sees the old facts.
    expect((await getDb().fact.findMany({ where: { relationId: relation.id, reviewState: "PUBLISHED" } })).length).toBe(
      2,
    );

    await page.goto(setUrl);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect.poll(() => stateOf(page), { timeout: 15_000 }).toBe("Submitted");

    const asReviewer = await signedInPage(browser, reviewer);
    const review = asReviewer.page;
    await review.goto(setUrl);
    const first = review.getByRole("article", { name: edited[0] });
    expect(await first.locator("del").allTextContents()).toContain("1992");
    expect(await first.locator("ins").allTextContents()).toContain("1993");
    await first.getByText("Change note: After the state visit").waitFor();
    await review.getByRole("button", { name: "Approve all" }).click();
    await review.getByText("Approved: the change-set is approved.").waitFor();
    await review.getByRole("button", { name: "Publish now" }).click();
    await expect.poll(() => stateOf(review), { timeout: 15_000 }).toBe("Published");

    // One instant: every publication of the change-set has the same `at`.
    const rows = await getDb().publication.findMany({ where: { relationId: relation.id }, orderBy: { id: "asc" } });
    const instants = new Set(rows.slice(2).map((r) => r.at.toISOString()));
    expect(instants.size).toBe(1);
    const at = new Date([...instants][0] as string).getTime();

    const reader = await browser.newPage();
    const onSite = async () => {
      await reader.goto(`${inject("webUrl")}/relations/${relation.slug}`);
      const text = (await reader.locator("main").textContent()) ?? "";
      return [...old, ...edited].filter((s) => text.includes(s));
    };
    await expect.poll(onSite, { timeout: 15_000, interval: 500 }).toEqual(edited);
    // The API's as-of reads: just before the instant, both old facts; from it on, both new ones.
    const api = apiClient();
    const asOf = async (ms: number) => {
      const page = (await api.json(`/api/v1/relations/${relation.slug}/facts?asOf=${new Date(ms).toISOString()}`)) as {
        data: { statement: string }[];
      };
      return page.data.map((f) => f.statement).sort();
    };
    expect(await asOf(at - 1)).toEqual([...old].sort());
    expect(await asOf(at + 1)).toEqual([...edited].sort());

    // The relation's history: the change-set is one item, its title and description, linking both facts.
    await reader.goto(`${inject("webUrl")}/relations/${relation.slug}/history`);
    const item = reader.locator("li.change-set");
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain(`State visit ${tag}`);
    expect(await item.textContent()).toContain("Everything the visit changed");
    expect(await item.locator('a[href^="/facts/"]').count()).toBe(2);
    expect(await axeViolations(reader)).toEqual([]);
    // Its Atom feed, parsed by the browser: one entry for the change-set, its HTML linking each fact.
    const feed = await (await fetch(`${inject("webUrl")}/relations/${relation.slug}/feed.xml`)).text();
    const entries = await reader.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      if (doc.querySelector("parsererror")) return null;
      return [...doc.getElementsByTagName("entry")].map((e) => {
        const html = new DOMParser().parseFromString(
          e.getElementsByTagName("content")[0]?.textContent ?? "",
          "text/html",
        );
        return {
          title: e.getElementsByTagName("title")[0]?.textContent ?? "",
          related: [...e.getElementsByTagName("link")].filter((l) => l.getAttribute("rel") === "related").length,
          links: [...html.querySelectorAll("a")].map((a) => a.textContent ?? ""),
        };
      });
    }, feed);
    const sets = entries?.filter((e) => e.title.startsWith(`Change-set published: State visit ${tag}`));
    expect(sets?.map((e) => [e.related, [...e.links].sort()])).toEqual([[2, [...edited].sort()]]);
    expect(entries?.filter((e) => !e.title.startsWith("Change-set"))).toHaveLength(2);

    await review.getByRole("button", { name: "Revert the whole change-set" }).click();
    await expect.poll(() => stateOf(review), { timeout: 15_000 }).toBe("Reverted");
    await expect.poll(onSite, { timeout: 15_000, interval: 500 }).toEqual(old);
    await reader.close();
    await closeAll([asEditor.context, asReviewer.context]);
  });

  it("four eyes: a reviewer cannot approve their own change-set; an admin can, with a reason, audited", async () => {
    const tag = unique();
    const relation = await relationWithPublicFacts(`A consulate opened (${tag}).`);
    const fact = await getDb().fact.findFirstOrThrow({ where: { relationId: relation.id } });
    for (const role of ["REVIEWER", "ADMIN"] as const) {
      const user = await createUser(role);
      const set = await openChangeSet({ title: `Own ${role} ${tag}`, actor: user.actor });
      await stageFactEdit({
        changeSetId: set.id,
        factId: fact.id,
        content: generalFact(`A consulate opened in the port (${tag}, ${role}).`),
        note: "More precise",
        actor: user.actor,
        compete: true,
      });
      await submitChangeSet({ changeSetId: set.id, actor: user.actor });
      const { context, page } = await signedInPage(browser, user);
      await page.goto(`${editorUrl()}/change-sets/${set.id}`);
      await page.getByRole("button", { name: "Approve all" }).click();
      await page.getByText(/Someone else must approve this change-set/).waitFor();
      expect((await getDb().changeSet.findUniqueOrThrow({ where: { id: set.id } })).state).toBe("SUBMITTED");
      if (role === "ADMIN") {
        await page.getByLabel("Reason to approve your own change-set").fill("Sole admin on duty tonight");
        await page.getByRole("button", { name: "Approve all" }).click();
        await page.getByText("Approved: the change-set is approved.").waitFor();
        const audit = await getDb().auditEvent.findFirstOrThrow({
          where: { type: "change_set.reviewed", payload: { path: ["changeSetId"], equals: set.id } },
        });
        expect(audit.payload).toMatchObject({
          selfApproval: { reason: "Sole admin on duty tonight", bySetting: false },
        });
      }
      await context.close();
    }
  });
});
