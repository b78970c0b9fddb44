import { describe, expect, inject, it } from "vitest";
import { createUser } from "../setup/factories";
import { randomIp, signIn } from "../setup/server-actions";

/**
 * Links to the editor's sign-in page that an attacker writes (RELIABILITY.md "Attacked from
 * outside"): where it sends the reader afterwards, and what its alert says.
 */
const editor = () => inject("editorUrl");

describe("the editor's return address after signing in", () => {
  it("never leaves the editor, whatever a link puts in callbackUrl", async () => {
    const person = await createUser("EDITOR");
    const session = await signIn(person.email, person.password);
    // Browsers drop tabs and newlines from a URL: "/\t/attacker.invalid" is "//attacker.invalid".
    const hostile = [
      "/%09/attacker.invalid/a",
      "/%0A/attacker.invalid/b",
      "/%0D/attacker.invalid/c",
      "/%09%5C/attacker.invalid",
      "/.//attacker.invalid",
      "/%00/attacker.invalid",
      "/%E3%80%80/attacker.invalid",
    ];
    for (const callbackUrl of hostile) {
      const response = await fetch(`${editor()}/sign-in?callbackUrl=${callbackUrl}`, {
        headers: { cookie: session.cookie, "x-forwarded-for": session.ip },
        redirect: "manual",
      });
      await response.arrayBuffer();
      expect(response.status, callbackUrl).toBe(307);
      const location = response.headers.get("location") ?? "";
      expect(new URL(location, editor()).origin, `${callbackUrl} → ${location}`).toBe(editor());
    }
    // A path of the editor still comes back as it was asked for (control).
    const own = await fetch(`${editor()}/sign-in?callbackUrl=%2Frelations%3Fq%3Dx`, {
      headers: { cookie: session.cookie, "x-forwarded-for": session.ip },
      redirect: "manual",
    });
    expect(own.headers.get("location")).toBe("/relations?q=x");
  });

  it("shows only its own sign-in messages, not text or codes from the link", async () => {
    const ip = randomIp();
    /** The sign-in page's alert, as a reader sees it. */
    const alertFor = async (error: string) => {
      const response = await fetch(`${editor()}/sign-in?error=${encodeURIComponent(error)}`, {
        headers: { "x-forwarded-for": ip },
      });
      const html = await response.text();
      expect(response.status, error).toBe(200);
      return /<p [^>]*id="sign-in-error"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
    };
    const injected = "Your account is suspended: call +1 555 0100 to restore it";
    for (const error of ["constructor", "__proto__", injected]) {
      expect(await alertFor(error), error).toBe("Signing in failed: try again");
    }
    expect(await alertFor("NoAccount")).toBe("There is no Dyad account for that identity: ask an administrator");
  });
});
