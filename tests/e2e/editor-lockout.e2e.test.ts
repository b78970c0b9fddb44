import { getDb } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { editorUrl, trySignIn } from "../setup/editor-browser";
import { createUser } from "../setup/factories";
import { browser } from "./browser";

describe("a locked-out account", () => {
  it("is slowed after a few wrong passwords, then locked, and stays locked for the right one", async () => {
    const { email, password } = await createUser("EDITOR");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${editorUrl()}/sign-in`);

    const messages: string[] = [];
    for (let tries = 0; tries < 20; tries++) {
      const message = await trySignIn(page, email, "a wrong guess");
      messages.push(message);
      if (/locked/.test(message)) break;
      // Slowed: the form says how long to wait before the next try.
      const wait = /wait (\d+) seconds?/.exec(message);
      if (wait) await page.waitForTimeout(Number(wait[1]) * 1000 + 200);
    }
    expect(messages[0]).toMatch(/do not match/);
    expect(messages.some((m) => /wait \d+ seconds?/.test(m))).toBe(true);
    expect(messages.at(-1)).toMatch(/this account is locked for 15 minutes/);

    // The right password does not get through while the lock lasts.
    expect(await trySignIn(page, email, password)).toMatch(/locked/);
    await page.goto(`${editorUrl()}/`);
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(0);
    // Every instance sees the same lock: it lives in the database.
    expect(await getDb().loginAttempt.count({ where: { email, success: true } })).toBe(0);
    await context.close();
  });
});
