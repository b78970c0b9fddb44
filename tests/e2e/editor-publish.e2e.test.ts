import { createFact, getDb } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { accessibilityViolations, closeAll, editorUrl, signedInPage } from "../setup/editor-browser";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";
import { browser } from "./browser";

describe("from draft to the public site", () => {
  it("an editor creates and submits a fact; a reviewer approves it; the public site shows it", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const statement = `Both countries opened embassies (${unique()}).`;

    const asEditor = await signedInPage(browser, editor);
    const page = asEditor.page;
    await page.goto(`${editorUrl()}/relations/${relation.slug}`);
    await page.getByRole("link", { name: "New fact" }).click();
    await page.waitForURL(/\/new$/);
    await page.getByLabel("Kind of fact").selectOption("GENERAL");
    await page.getByLabel("Statement").fill(statement);
    await page.getByLabel("From").fill("2004-03");
    // The live preview reads the date the way the public site will.
    await expect.poll(() => page.locator(".preview time").textContent()).toBe("March 2004");
    await page.getByRole("button", { name: "Add a source" }).click();
    await page.getByLabel("Title").fill("Ministry announcement");
    await page.getByLabel("Address (URL)").fill("javascript:alert(1)");
    await page.getByLabel("Change note").fill("First draft");
    await page.getByRole("button", { name: "Create draft" }).click();
    // A bad address is refused beside its field, and nothing is saved.
    const urlField = page.getByLabel("Address (URL)");
    await expect.poll(() => urlField.getAttribute("aria-invalid")).toBe("true");
    expect(await getDb().factRevision.count({ where: { statement } })).toBe(0);
    await urlField.fill(`https://gov.example/${unique()}`);
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/\/facts\/[0-9a-f-]{36}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.getByText("Submitted for review.").waitFor();
    const factUrl = page.url();

    const asReviewer = await signedInPage(browser, reviewer);
    const review = asReviewer.page;
    await review
      .getByRole("region", { name: /Review queue/ })
      .getByRole("link", { name: statement })
      .click();
    await review.waitForURL(factUrl);
    await review.getByRole("button", { name: "Approve and publish" }).click();
    await review.getByText(/Published: the public site shows it/).waitFor();

    const reader = await browser.newPage();
    await expect
      .poll(
        async () => {
          await reader.goto(`${inject("webUrl")}/relations/${relation.slug}`);
          return reader.getByText(statement).count();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    await reader.close();
    await closeAll([asEditor.context, asReviewer.context]);
  });

  it("refuses to publish without a source, showing why beside the field, and never by the draft's author", async () => {
    const relation = await createRelation();
    const author = await createUser("REVIEWER");
    const mine = await signedInPage(browser, author);
    const page = mine.page;
    await page.goto(`${editorUrl()}/relations/${relation.slug}/new`);
    await page.getByLabel("Statement").fill("An unsourced claim.");
    await page.getByLabel("Change note").fill("Draft");
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/\/facts\//);
    // Four eyes: its author may not publish it, and a reviewer is offered no override.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page
      .getByText(/Someone else must approve this draft/)
      .first()
      .waitFor();
    expect(await page.getByLabel(/Approve your own draft anyway/).count()).toBe(0);

    const { context, page: review } = await signedInPage(browser, await createUser("REVIEWER"));
    await review.goto(page.url());
    await review.getByRole("button", { name: "Publish", exact: true }).click();
    await review
      .getByText(/cannot be published yet/)
      .first()
      .waitFor();
    const sources = review.getByRole("group", { name: "Sources", exact: true });
    expect(await sources.locator(".error").last().textContent()).toBe("Cite at least one source");
    const fact = await getDb().fact.findFirst({ where: { relationId: relation.id } });
    expect(fact?.publishedRevisionId).toBeNull();
    await closeAll([mine.context, context]);
  });

  it("an admin publishes their own draft only with a reason, kept in the audit log", async () => {
    const relation = await createRelation();
    const admin = await createUser("ADMIN");
    const { factId } = await createFact({
      relationId: relation.id,
      content: generalFact(`Written and approved by one admin (${unique()}).`),
      note: "Draft",
      actor: admin.actor,
    });
    const { context, page } = await signedInPage(browser, admin);
    await page.goto(`${editorUrl()}/facts/${factId}`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page
      .getByText(/Someone else must approve this draft/)
      .first()
      .waitFor();
    const override = page.getByRole("button", { name: "Approve my own draft with this reason" });
    expect(await override.isDisabled()).toBe(true);
    await page.getByLabel(/Approve your own draft anyway\? Say why/).fill("Sole admin on duty tonight");
    await override.click();
    await page.getByText(/Published: the public site shows it/).waitFor();
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { factId, type: "fact.self_approved" } });
    expect(audit.payload).toMatchObject({ reason: "Sole admin on duty tonight", bySetting: false });
    await context.close();
  });

  it("is usable at phone width", async () => {
    const editor = await createUser("EDITOR");
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${editorUrl()}/sign-in`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${editorUrl()}/`);
    await page.goto(`${editorUrl()}/relations/${(await createRelation()).slug}/new`);
    // Nothing is wider than the screen: no sideways scrolling.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
