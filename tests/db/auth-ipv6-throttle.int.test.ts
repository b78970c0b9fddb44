import { randomBytes } from "node:crypto";
import { AppError, signInWithPassword, THROTTLE } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { unique } from "../setup/factories";

/** The sign-in throttle's address budget against an IPv6 client (RELIABILITY.md "Security"). */
const hex = () => randomBytes(2).toString("hex");
const guess = (ip: string) => signInWithPassword({ email: `spray-${unique()}@dyad.test`, password: "Winter2026!", ip });

describe("failed sign-ins from one IPv6 /64", () => {
  it("count as one address: a password spray from fresh addresses of the /64 is slowed", async () => {
    // A /64 of the documentation prefix of its own, so no other test shares its budget.
    const network = `2001:db8:${hex()}:${hex()}`;
    // One guess per account (never enough to lock an account), each from a fresh address.
    let refusal: AppError | undefined;
    for (let i = 0; i < THROTTLE.address.slowAfter + 10 && !refusal; i++) {
      const error = await guess(`${network}:${hex()}::${hex()}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      if (/Too many failed sign-ins/.test((error as AppError).message)) refusal = error as AppError;
      else expect((error as AppError).message).toBe("That email and password do not match an account");
    }
    expect(refusal?.details).toMatchObject({ reason: "SLOWED" });
    expect(refusal?.message).toMatch(/wait \d+ seconds?/);
    // Another /64 is another client: its guess is answered.
    await expect(guess(`2001:db8:ffff:${hex()}::1`)).rejects.toThrow("That email and password do not match an account");
  });
});
