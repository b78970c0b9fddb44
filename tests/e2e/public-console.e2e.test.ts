import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";

let browser: Browser;
let close: () => Promise<void>;
const web = inject("webUrl");

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => close?.());

describe("public pages in Chromium", () => {
  it("load without a console error or an uncaught exception (no hydration mismatch)", async () => {
    const paths = ["/", "/relations/azerbaijan-canada", "/countries/canada", "/search?q=embassy", "/docs/api"];
    const problems: string[] = [];
    for (const path of paths) {
      const page = await browser.newPage();
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`${path}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`${path}: ${e.message}`));
      await page.goto(`${web}${path}`, { waitUntil: "networkidle" });
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});
