import { describe, expect, inject, it } from "vitest";
import { browser } from "./browser";

const web = inject("webUrl");

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
