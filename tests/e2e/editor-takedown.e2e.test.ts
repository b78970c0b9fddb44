import { listFactRedactions } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { publishedFact, relationScenario } from "../setup/api-factories";
import { accessibilityViolations, closeAll, editorUrl, signedInPage } from "../setup/editor-browser";
import { createUser, unique } from "../setup/factories";
import { browser } from "./browser";

describe("takedown in the editor (issue 20.9)", () => {
  it("an admin withdraws a fact's text with a reason and a confirmation; the public page shows the notice, not the text", async () => {
    const scenario = await relationScenario();
    const secret = `zqx${unique()}`;
    const fact = await publishedFact(scenario, `The envoy ${secret} said something actionable.`);
    const admin = await createUser("ADMIN");
    const reviewer = await createUser("REVIEWER");

    // A reviewer is not offered the takedown.
    const asReviewer = await signedInPage(browser, reviewer);
    await asReviewer.page.goto(`${editorUrl()}/facts/${fact.factId}`);
    await asReviewer.page.getByRole("heading", { level: 1 }).waitFor();
    expect(await asReviewer.page.getByRole("button", { name: /Withdraw the text/ }).count()).toBe(0);

    const asAdmin = await signedInPage(browser, admin);
    const page = asAdmin.page;
    await page.goto(`${editorUrl()}/facts/${fact.factId}`);
    await page.getByRole("button", { name: "Withdraw the text (takedown)…" }).click();
    // Without the confirmation nothing happens but a clear message.
    await page.getByLabel("Reason (shown publicly; do not repeat the text)").fill("Court order 2026/117");
    await page.getByRole("button", { name: "Withdraw the text", exact: true }).click();
    await page.getByRole("alert").getByText("Confirm that the text is withdrawn for good").waitFor();
    expect(await listFactRedactions({ factId: fact.factId })).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("I understand that this cannot be undone").check();
    await page.getByRole("button", { name: "Withdraw the text", exact: true }).click();
    // Editors keep seeing that the takedown exists.
    await page
      .getByTestId("redaction-notice")
      .getByText(/Court order 2026\/117/)
      .waitFor();
    expect(await listFactRedactions({ factId: fact.factId })).toHaveLength(1);

    const publicPage = await asAdmin.context.newPage();
    await publicPage.goto(`${inject("webUrl")}/facts/${fact.factId}`);
    const notice = publicPage.getByTestId("redaction-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`withdrawn from public view by ${admin.user.name}`);
    expect(await notice.textContent()).toContain("Court order 2026/117");
    expect(await publicPage.content()).not.toContain(secret);
    expect(await publicPage.getByRole("listitem").filter({ hasText: "Text withdrawn" }).count()).toBe(1);
    await closeAll([asReviewer.context, asAdmin.context]);
  });
});
