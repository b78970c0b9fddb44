import { describe, expect, it } from "vitest";
import { verifiedPrimaryEmail } from "./verified-primary-email";

describe("verifiedPrimaryEmail (GitHub sign-in)", () => {
  it("takes the primary address GitHub verified", () => {
    const emails = [
      { email: "old@example.org", primary: false, verified: true, visibility: null },
      { email: "editor@example.org", primary: true, verified: true, visibility: "private" },
    ];
    expect(verifiedPrimaryEmail(emails)).toBe("editor@example.org");
  });

  it("refuses a primary address GitHub has not verified, even when another address is verified", () => {
    const emails = [
      { email: "admin@dyad.local", primary: true, verified: false },
      { email: "someone@example.org", primary: false, verified: true },
    ];
    expect(verifiedPrimaryEmail(emails)).toBeNull();
  });

  it("refuses an answer that is not GitHub's list of emails", () => {
    for (const answer of [null, {}, { message: "Bad credentials" }, [], [{ email: "a@example.org", primary: true }]]) {
      expect(verifiedPrimaryEmail(answer)).toBeNull();
    }
  });
});
