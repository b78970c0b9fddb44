import { describe, expect, it } from "vitest";
import { editorUrl, trySignIn } from "../setup/editor-browser";
import { createUser } from "../setup/factories";
import { browser } from "./browser";

/** What a phishing link could make the editor do in a real browser (RELIABILITY.md "Security"). */
describe("the sign-in form's return address", () => {
  it("stays on the editor when the link's callbackUrl hides a second slash behind a tab", async () => {
    const person = await createUser("EDITOR");
    const context = await browser.newContext();
    // Anything that reaches the attacker's host is answered here, so the test sees where it went.
    await context.route(
      (url) => url.hostname === "attacker.invalid",
      (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>Attacker</h1>" }),
    );
    const page = await context.newPage();
    await page.goto(`${editorUrl()}/sign-in?callbackUrl=/%09/attacker.invalid/session-expired`);
    expect(await trySignIn(page, person.email, person.password)).toBe("signed-in");
    expect(new URL(page.url()).origin).toBe(editorUrl());
    expect(await page.getByRole("heading", { level: 1 }).textContent()).not.toBe("Attacker");
    await context.close();
  });
});
