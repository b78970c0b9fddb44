import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect, inject } from "vitest";

export const editorUrl = () => inject("editorUrl");

/**
 * Fill in the sign-in form once and say what happened: "signed-in", or the message shown.
 * Several browser tests sign in from the same address, so a "wait N seconds" from the
 * address throttle is waited out here rather than failing an unrelated test.
 */
export async function trySignIn(page: Page, email: string, password: string): Promise<string> {
  if (!page.url().includes("/sign-in")) await page.goto(`${editorUrl()}/sign-in`);
  const form = page.locator("form[data-attempts]");
  const before = Number(await form.getAttribute("data-attempts"));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Either the browser leaves the sign-in page, or the form counts one more answered attempt.
  const outcome = await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { waitUntil: "load" }).then(() => "signed-in"),
    page
      .waitForFunction(
        (n) => Number(document.querySelector("form[data-attempts]")?.getAttribute("data-attempts")) > n,
        before,
      )
      .then(() => "answered"),
  ]);
  if (outcome === "signed-in") return outcome;
  return (await page.locator("#sign-in-error").textContent()) ?? "";
}

/** A fresh browser context (its own cookies) signed in as the given account. */
export async function signedInPage(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${editorUrl()}/sign-in`);
  for (;;) {
    const outcome = await trySignIn(page, account.email, account.password);
    if (outcome === "signed-in") break;
    const wait = /wait (\d+) seconds?/.exec(outcome);
    if (!wait) throw new Error(`Could not sign in as ${account.email}: ${outcome}`);
    await page.waitForTimeout(Number(wait[1]) * 1000 + 200);
  }
  await expect.poll(() => page.getByRole("button", { name: "Sign out" }).count()).toBe(1);
  return { context, page };
}

export async function closeAll(contexts: BrowserContext[]) {
  await Promise.all(contexts.map((c) => c.close()));
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Serious and critical accessibility violations axe-core finds on the page (WCAG 2.1 A and AA). */
export async function accessibilityViolations(page: Page) {
  // After a client-side navigation the URL changes before the new page's metadata (its <title>)
  // is applied: checking then flagged "document-title" on a page no reader would see that way.
  // A page that never gets a title still fails here, by this wait's timeout.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 10_000 });
  // Evaluated through the devtools protocol: an injected <script> element would be refused by the
  // editor's CSP (only scripts with the page's nonce run).
  await page.evaluate(readFileSync(axePath, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
