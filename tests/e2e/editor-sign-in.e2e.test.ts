import { getDb, setUserDisabled } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { accessibilityViolations, editorUrl, signedInPage, trySignIn } from "../setup/editor-browser";
import { testAdmin } from "../setup/editor-factories";
import { createUser } from "../setup/factories";
import { browser } from "./browser";

describe("signing in to the editor", () => {
  it("signs in with email and password, shows who is signed in, and signs out", async () => {
    const editor = await createUser("EDITOR");
    const { context, page } = await signedInPage(browser, editor);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");
    expect(await page.getByRole("link", { name: new RegExp(editor.user.name) }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${editorUrl()}/relations`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/relations");
    await context.close();
  });

  it("says so when the password is wrong, accessibly, and then signs in to the page asked for", async () => {
    const editor = await createUser("EDITOR");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${editorUrl()}/relations`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await trySignIn(page, editor.email, "not the password")).toMatch(/do not match/);
    expect(await trySignIn(page, editor.email, editor.password)).toBe("signed-in");
    expect(new URL(page.url()).pathname).toBe("/relations");
    await context.close();
  });

  it("signs in with the keyboard alone", async () => {
    const editor = await createUser("EDITOR");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${editorUrl()}/sign-in`);
    // The email field has focus on arrival; Tab goes to the password, Enter submits.
    await page.keyboard.type(editor.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(editor.password);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${editorUrl()}/`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Dashboard");
    await context.close();
  });

  it("checks the role on the server: an editor gets 403 on admin pages", async () => {
    const editor = await createUser("EDITOR");
    const { context, page } = await signedInPage(browser, editor);
    expect(await page.getByRole("link", { name: "Users" }).count()).toBe(0);
    const response = await page.goto(`${editorUrl()}/users`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Not allowed");
    expect((await page.goto(`${editorUrl()}/audit`))?.status()).toBe(403);
    await context.close();
  });

  it("ends a session at once when an admin disables the account", async () => {
    const editor = await createUser("EDITOR");
    const admin = testAdmin;
    const { context, page } = await signedInPage(browser, editor);
    await setUserDisabled({ userId: editor.user.id, disabled: true, actor: admin });
    await page.goto(`${editorUrl()}/relations`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await trySignIn(page, editor.email, editor.password)).toMatch(/disabled/);
    await context.close();
  });

  it("lets an admin manage accounts from the Users page", async () => {
    // The seeded admin: tests add no ADMIN accounts of their own (the seed's test counts them).
    const admin = { email: inject("adminEmail"), password: inject("adminPassword") };
    const { user } = await createUser("EDITOR");
    const { context, page } = await signedInPage(browser, admin);
    await page.getByRole("link", { name: "Users" }).click();
    await page.waitForURL(/\/users/);
    const row = page.locator("li", { hasText: user.email });
    await row.getByLabel("Role").selectOption("REVIEWER");
    await row.getByRole("button", { name: "Change role" }).click();
    await row.getByRole("status").waitFor();
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("REVIEWER");
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
