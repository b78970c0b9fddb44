import { randomUUID } from "node:crypto";
import { changePassword, getDb, signInWithPassword, THROTTLE, unlockSignIn } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { testAdmin } from "../setup/editor-factories";
import { createUser } from "../setup/factories";

/** Nobody can lock out someone else (issue 20, item 3), against the real database. */
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

/** Failures spaced far enough apart that none of them was merely slowed. */
async function pastFailures(email: string, ips: string[]) {
  await getDb().loginAttempt.createMany({
    data: ips.map((ip, i) => ({ email, ip, success: false, at: new Date(Date.now() - (600 - i) * 1000) })),
  });
}

/** Failures just now (after any earlier success), so they count in full: enough of them lock. */
async function freshFailures(email: string, ip: string, count: number) {
  const at = new Date(Date.now() + 1000);
  await getDb().loginAttempt.createMany({
    data: Array.from({ length: count }, () => ({ email, ip, success: false, at })),
  });
}

const attackers = (n: number) => Array.from({ length: n }, address);
const auditOf = (type: string, email: string) =>
  getDb().auditEvent.findMany({ where: { type, payload: { path: ["email"], equals: email } }, orderBy: { id: "asc" } });

describe("a lock on an account", () => {
  it("does not reach an address the owner signed in from before, which keeps its own count", async () => {
    const { email, password } = await createUser("EDITOR");
    const home = address();
    // The owner signed in from home a while ago; since then an attacker elsewhere kept failing.
    await getDb().loginAttempt.create({
      data: { email, ip: home, success: true, at: new Date(Date.now() - 3_600_000) },
    });
    await pastFailures(email, attackers(THROTTLE.account.lockAfter + 4));

    // A new place is locked out with the account...
    await expect(signInWithPassword({ email, password, ip: address() })).rejects.toMatchObject({
      details: { reason: "LOCKED" },
    });
    // ...the owner's known address is not.
    await expect(signInWithPassword({ email, password, ip: home })).resolves.toMatchObject({ email });

    // Guessing from the known address is still throttled, by that address's own failures.
    await freshFailures(email, home, THROTTLE.account.lockAfter);
    await expect(signInWithPassword({ email, password, ip: home })).rejects.toMatchObject({
      details: { reason: "LOCKED" },
    });
  });

  it("is lifted by an admin, audited; an editor cannot lift it", async () => {
    const { email, password, user } = await createUser("EDITOR");
    await pastFailures(email, attackers(THROTTLE.account.lockAfter));
    const elsewhere = address();
    await expect(signInWithPassword({ email, password, ip: elsewhere })).rejects.toMatchObject({
      details: { reason: "LOCKED" },
    });
    const editor = await createUser("EDITOR");
    await expect(unlockSignIn({ userId: user.id, actor: editor.actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await unlockSignIn({ userId: user.id, actor: testAdmin });
    await expect(signInWithPassword({ email, password, ip: elsewhere })).resolves.toMatchObject({ email });
    expect(await auditOf("auth.unlocked", email)).toMatchObject([{ actorId: testAdmin.id }]);
  });
});

describe("the audit log", () => {
  it("records sign-ins, failures and the failure that starts a lock, with the address", async () => {
    const owner = await createUser("EDITOR");
    const ip = address();
    await signInWithPassword({ email: owner.email, password: owner.password, ip });
    expect(await auditOf("auth.signed_in", owner.email)).toMatchObject([
      { actorId: owner.user.id, payload: { email: owner.email, ip } },
    ]);

    // Five earlier failures (no audit: written directly), then the sixth through sign-in locks.
    const { email } = await createUser("EDITOR");
    await pastFailures(email, attackers(THROTTLE.account.lockAfter - 1));
    const attacker = address();
    await expect(signInWithPassword({ email, password: "a guess", ip: attacker })).rejects.toMatchObject({
      message: expect.stringMatching(/do not match/),
    });
    expect(await auditOf("auth.sign_in_failed", email)).toMatchObject([{ actorId: null, payload: { ip: attacker } }]);
    expect(await auditOf("auth.locked", email)).toMatchObject([
      { payload: { email, ip: attacker, scope: "account", minutes: THROTTLE.lockMs / 60_000 } },
    ]);
  });
});

describe("a signed-in session changing the password", () => {
  it("cannot guess the current password faster than the sign-in form allows", async () => {
    const { email, password, actor, user } = await createUser("EDITOR");
    const ip = address();
    const attempt = (currentPassword: string) =>
      changePassword({ userId: user.id, currentPassword, newPassword: "a brand new password", actor, ip });
    for (let i = 0; i < THROTTLE.account.slowAfter; i++) {
      await expect(attempt(`guess ${i}`)).rejects.toMatchObject({ code: "INVALID" });
    }
    // Each guess was recorded as a failed sign-in of the account, and audited.
    expect(await getDb().loginAttempt.count({ where: { email, success: false } })).toBe(THROTTLE.account.slowAfter);
    expect(await auditOf("auth.sign_in_failed", email)).toHaveLength(THROTTLE.account.slowAfter);
    // So they count towards the same lock: once reached, even the right password must wait.
    await freshFailures(email, ip, THROTTLE.account.lockAfter - THROTTLE.account.slowAfter);
    await expect(attempt(password)).rejects.toMatchObject({ code: "INVALID", details: { reason: "LOCKED" } });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });
});
