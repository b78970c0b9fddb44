import { describe, expect, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { accessibilityViolations, editorUrl, signedInPage } from "../setup/editor-browser";
import { createUser, unique } from "../setup/factories";
import { browser } from "./browser";

const tokenWorks = async (secret: string) =>
  (await apiClient({ token: secret }).fetch(`/api/v1/facts/${crypto.randomUUID()}/draft`)).status === 404;

describe("the API token page", () => {
  it("creates a token shown once, lists it with its last use, and revokes it", async () => {
    const editor = await createUser("EDITOR");
    const { context, page } = await signedInPage(browser, editor);
    await page.goto(`${editorUrl()}/account`);
    await page.getByRole("link", { name: "API tokens" }).click();
    await page.waitForURL(/\/account\/tokens$/);
    expect(await page.getByText("No tokens yet.").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    const name = `nightly import ${unique()}`;
    await page.getByLabel("What it is for").fill(name);
    await page.getByLabel("Expires after").selectOption("30");
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = (await page.getByTestId("new-token").textContent()) ?? "";
    expect(secret).toMatch(/^dyad_/);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain("active");
    expect(await row.textContent()).toContain("never"); // not used yet

    expect(await tokenWorks(secret)).toBe(true);
    await page.reload();
    expect(await page.getByTestId("new-token").count()).toBe(0); // shown once only
    expect(await row.textContent()).not.toContain("never"); // last use shown, expiry a date

    await page.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect.poll(async () => (await row.textContent()) ?? "").toContain("revoked");
    expect(await tokenWorks(secret)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
