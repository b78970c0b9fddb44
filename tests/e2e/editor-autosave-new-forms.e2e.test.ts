import { getDb, openChangeSet } from "@dyad/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { editorUrl, signedInPage } from "../setup/editor-browser";
import { articleForFreshPair } from "../setup/editor-factories";
import { createRelation, createUser } from "../setup/factories";
import { browser } from "./browser";

const savedStatus = (page: Page) =>
  page.getByRole("status").filter({ hasText: /Saved at|Saving|Couldn’t save|Unsaved/ });

/** Reload the page and say which dialogs the browser asked (none: nothing typed was unsaved). */
async function reloadAsking(page: Page) {
  const asked: string[] = [];
  const answer = (dialog: { type(): string; dismiss(): Promise<void> }) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  };
  page.on("dialog", answer);
  await page.reload();
  page.off("dialog", answer);
  return asked;
}

describe("autosave in the forms that have no fact yet", () => {
  it("keeps a new fact's form on the server: a reload brings it back, only to its editor, and creating the fact consumes it", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const { context, page } = await signedInPage(browser, editor);
    const newUrl = `${editorUrl()}/relations/${relation.slug}/new`;
    await page.goto(newUrl);
    await page.getByLabel("Statement").fill("An embassy opened in Baku in 2004.");
    await page.getByLabel("Change note").fill("New embassy");
    await expect.poll(() => savedStatus(page).textContent(), { timeout: 15_000 }).toMatch(/^Saved at \d\d:\d\d UTC/);
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);

    expect(await reloadAsking(page)).toEqual([]);
    expect(await page.getByLabel("Statement").inputValue()).toBe("An embassy opened in Baku in 2004.");
    expect(await page.getByLabel("Change note").inputValue()).toBe("New embassy");
    await page
      .getByTestId("restored-notice")
      .getByText(/Restored what you typed here before/)
      .waitFor();

    // Another editor opening the same form finds it empty.
    const other = await signedInPage(browser, await createUser("EDITOR"));
    await other.page.goto(newUrl);
    expect(await other.page.getByLabel("Statement").inputValue()).toBe("");
    await other.context.close();

    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/\/facts\/[0-9a-f-]{36}$/);
    expect(await getDb().workingCopy.count({ where: { userId: editor.user.id } })).toBe(0);
    await page.goto(newUrl);
    expect(await page.getByLabel("Statement").inputValue()).toBe("");
    expect(await page.getByTestId("restored-notice").count()).toBe(0);
    await context.close();
  });

  it("an autosave still on its way when the fact is created lands first: the copy does not come back afterwards", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const { context, page } = await signedInPage(browser, editor);
    const newUrl = `${editorUrl()}/relations/${relation.slug}/new`;
    // Hold the form's autosave (a server action whose arguments name the form) until told.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived = () => {};
    const autosaveSent = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    await page.route(newUrl, async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"] && request.postData()?.includes("NEW_FACT")) {
        arrived();
        await held;
      }
      await route.continue();
    });
    await page.goto(newUrl);
    await page.getByLabel("Statement").fill("A consulate opened in Toronto in 2011.");
    await page.getByLabel("Change note").fill("New consulate");
    await autosaveSent;
    await page.getByRole("button", { name: "Create draft" }).click();
    // The create waits for the autosave (Next runs a page's server actions one at a time, and the
    // form relies on it): nothing is created while it is held.
    await page.waitForTimeout(1_000);
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);
    const autosaveAnswered = page.waitForResponse(
      (response) => response.request().method() === "POST" && !!response.request().postData()?.includes("NEW_FACT"),
    );
    release();
    await autosaveAnswered;
    await page.waitForURL(/\/facts\/[0-9a-f-]{36}$/);
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(1);
    expect(await getDb().workingCopy.count({ where: { userId: editor.user.id } })).toBe(0);
    await page.goto(newUrl);
    expect(await page.getByLabel("Statement").inputValue()).toBe("");
    await context.close();
  });

  it("a restored new fact can be discarded: the form is empty again, and stays so after a reload", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const { context, page } = await signedInPage(browser, editor);
    await page.goto(`${editorUrl()}/relations/${relation.slug}/new`);
    await page.getByLabel("Statement").fill("Trade doubled.");
    await expect.poll(() => savedStatus(page).textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    await page.reload();
    await page.getByTestId("restored-notice").getByRole("button", { name: "Discard it" }).click();
    await page.getByText("Discarded: the form is empty again.").waitFor();
    expect(await page.getByLabel("Statement").inputValue()).toBe("");
    expect(await reloadAsking(page)).toEqual([]);
    expect(await page.getByLabel("Statement").inputValue()).toBe("");
    await context.close();
  });

  it("keeps a summary typed in a change-set: a reload brings it back, and saving it in the change-set consumes it", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const set = await openChangeSet({ title: "After the state visit", actor: editor.actor });
    const { context, page } = await signedInPage(browser, editor);
    await page.goto(`${editorUrl()}/change-sets/${set.id}?relation=${relation.slug}`);
    const summary = page.getByLabel(/^Summary of /);
    await summary.fill("Close partners since the state visit.");
    await expect.poll(() => savedStatus(page).textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);

    expect(await reloadAsking(page)).toEqual([]);
    expect(await summary.inputValue()).toBe("Close partners since the state visit.");
    await page.getByTestId("restored-notice").waitFor();

    await page.getByRole("button", { name: "Save the summary in this change-set" }).click();
    await page.getByText("Summary saved in the change-set.").waitFor();
    expect(await getDb().workingCopy.count({ where: { userId: editor.user.id } })).toBe(0);
    await page.reload();
    expect(await page.getByTestId("restored-notice").count()).toBe(0);
    await context.close();
  });

  it("keeps a change-set's title and description until it is opened", async () => {
    const editor = await createUser("EDITOR");
    const { context, page } = await signedInPage(browser, editor);
    await page.goto(`${editorUrl()}/change-sets`);
    const form = page.getByRole("form", { name: "Open a change-set" });
    await form.getByLabel("Title").fill("Energy corridor");
    await form.getByLabel("Description").fill("Pipelines and grid links");
    await expect.poll(() => savedStatus(page).textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    expect(await reloadAsking(page)).toEqual([]);
    expect(await form.getByLabel("Title").inputValue()).toBe("Energy corridor");
    expect(await form.getByLabel("Description").inputValue()).toBe("Pipelines and grid links");

    await page.getByRole("button", { name: "Open change-set" }).click();
    await page.waitForURL(/\/change-sets\/[0-9a-f-]{36}$/);
    await page.goto(`${editorUrl()}/change-sets`);
    expect(await form.getByLabel("Title").inputValue()).toBe("");
    await context.close();
  });

  it("keeps the import page's article until its proposals are accepted", async () => {
    const { text } = await articleForFreshPair();
    const { context, page } = await signedInPage(browser, await createUser("EDITOR"));
    await page.goto(`${editorUrl()}/import`);
    await page.getByLabel("Or paste it here").fill(text);
    await expect.poll(() => savedStatus(page).textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    expect(await reloadAsking(page)).toEqual([]);
    expect(await page.getByLabel("Or paste it here").inputValue()).toBe(text);
    await page.getByTestId("restored-notice").waitFor();

    await page.getByRole("button", { name: "Analyze" }).click();
    const accept = page.getByRole("button", { name: /Accept \d+ as drafts/ });
    const count = Number(/Accept (\d+)/.exec((await accept.textContent()) ?? "")?.[1]);
    await accept.click();
    await page.getByText(`Accepted ${count} of ${count}`).waitFor();
    // Done accepting (the button is back): the copy has served.
    await accept.waitFor();
    expect(await reloadAsking(page)).toEqual([]);
    expect(await page.getByLabel("Or paste it here").inputValue()).toBe("");
    await context.close();
  });
});
