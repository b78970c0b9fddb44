import { randomUUID } from "node:crypto";
import { endUserSessions, getDb, getSessionActor, signInWithPassword, THROTTLE } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createUser } from "../setup/factories";

/** A made-up client address per test, so tests never share address counts. */
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

/** Arrange past failures directly: the throttle is about counts and times, not how they came. */
async function pastFailures(options: { email: string; ip: string; count: number; secondsAgo: number }) {
  const at = new Date(Date.now() - options.secondsAgo * 1000);
  await getDb().loginAttempt.createMany({
    data: Array.from({ length: options.count }, () => ({ email: options.email, ip: options.ip, success: false, at })),
  });
}

describe("signing in with a password", () => {
  it("accepts the right password in any letter case of the email and names the account's role", async () => {
    const { email, password, user } = await createUser("REVIEWER");
    const signedIn = await signInWithPassword({ email: ` ${email.toUpperCase()} `, password, ip: address() });
    expect(signedIn.actor).toEqual({ id: user.id, name: user.name, role: "REVIEWER" });
    expect(signedIn.sessionVersion).toBe(0);
  });

  it("refuses a wrong password and an unknown account with the same message", async () => {
    const { email } = await createUser("EDITOR");
    const ip = address();
    const wrong = await signInWithPassword({ email, password: "not it at all", ip }).catch((e) => e);
    const unknown = await signInWithPassword({ email: `nobody-${randomUUID()}@dyad.test`, password: "x", ip }).catch(
      (e) => e,
    );
    expect(wrong).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(unknown.message).toBe(wrong.message);
  });

  it("refuses a disabled account even with the right password", async () => {
    const { email, password, user } = await createUser("EDITOR");
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(signInWithPassword({ email, password, ip: address() })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: expect.stringMatching(/disabled/),
    });
  });

  it("slows an account after a few failures, asking to wait before the next try", async () => {
    const { email, password } = await createUser("EDITOR");
    await pastFailures({ email, ip: address(), count: THROTTLE.account.slowAfter + 1, secondsAgo: 0 });
    const refused = await signInWithPassword({ email, password, ip: address() }).catch((e) => e);
    expect(refused).toMatchObject({ code: "UNAUTHENTICATED", details: { reason: "SLOWED" } });
    expect(refused.message).toMatch(/wait \d+ seconds?/);
  });

  it("lets the right password through once the wait is over, and a success clears the count", async () => {
    const { email, password } = await createUser("EDITOR");
    await pastFailures({ email, ip: address(), count: THROTTLE.account.slowAfter + 1, secondsAgo: 60 });
    await expect(signInWithPassword({ email, password, ip: address() })).resolves.toMatchObject({ email });
    // After the success, two new failures are below the threshold again.
    for (const _ of [1, 2]) {
      await expect(signInWithPassword({ email, password: "wrong one", ip: address() })).rejects.toMatchObject({
        message: expect.stringMatching(/do not match/),
      });
    }
  });

  it("locks an account after repeated failures, even against the right password, for a while", async () => {
    const { email, password } = await createUser("EDITOR");
    const ip = address();
    for (let i = 0; i < THROTTLE.account.lockAfter; i++) {
      // Earlier failures, long enough apart that no single try is merely slowed.
      await pastFailures({ email, ip, count: 1, secondsAgo: 600 - i });
    }
    const refused = await signInWithPassword({ email, password, ip: address() }).catch((e) => e);
    expect(refused).toMatchObject({ code: "UNAUTHENTICATED", details: { reason: "LOCKED" } });
    expect(refused.message).toMatch(/locked for \d+ minutes?/);
    // A locked try does not count as a failure, so the lock does not grow while it lasts.
    const count = await getDb().loginAttempt.count({ where: { email } });
    expect(count).toBe(THROTTLE.account.lockAfter);
  });

  it("unlocks after the lock period, counting only failures inside the window", async () => {
    const { email, password } = await createUser("EDITOR");
    const longAgo = THROTTLE.windowMs / 1000 + 60;
    await pastFailures({ email, ip: address(), count: THROTTLE.account.lockAfter + 3, secondsAgo: longAgo });
    await expect(signInWithPassword({ email, password, ip: address() })).resolves.toMatchObject({ email });
  });

  it("locks an address that fails across many accounts", async () => {
    const ip = address();
    await pastFailures({
      email: `spray-${randomUUID()}@dyad.test`,
      ip,
      count: THROTTLE.address.lockAfter,
      secondsAgo: 5,
    });
    const { email, password } = await createUser("EDITOR");
    await expect(signInWithPassword({ email, password, ip })).rejects.toMatchObject({
      details: { reason: "LOCKED" },
      message: expect.stringMatching(/your address/),
    });
    // The same account from another address is fine.
    await expect(signInWithPassword({ email, password, ip: address() })).resolves.toMatchObject({ email });
  });

  it("counts simultaneous failures exactly, so parallel guessing cannot outrun the lock", async () => {
    const { email } = await createUser("EDITOR");
    const tries = THROTTLE.account.lockAfter + 4;
    const results = await Promise.allSettled(
      Array.from({ length: tries }, (_, i) => signInWithPassword({ email, password: `guess ${i}`, ip: address() })),
    );
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    // Only the tries the throttle let through were checked and recorded.
    const recorded = await getDb().loginAttempt.count({ where: { email } });
    expect(recorded).toBeLessThanOrEqual(THROTTLE.account.slowAfter + 1);
  });
});

describe("sessions", () => {
  it("ends every session of an account when it signs out everywhere", async () => {
    const { email, password, actor } = await createUser("EDITOR");
    const { sessionVersion } = await signInWithPassword({ email, password, ip: address() });
    const userId = actor.id as string;
    expect(await getSessionActor({ userId, sessionVersion })).toMatchObject({ actor: { role: "EDITOR" } });
    await endUserSessions({ userId, actor });
    expect(await getSessionActor({ userId, sessionVersion })).toBeNull();
  });

  it("reads the role from the database, not from the session", async () => {
    const { actor, user } = await createUser("REVIEWER");
    await getDb().user.update({ where: { id: user.id }, data: { role: "EDITOR" } });
    expect((await getSessionActor({ userId: actor.id as string, sessionVersion: 0 }))?.actor.role).toBe("EDITOR");
  });

  it("refuses a disabled account's session and nonsense ids", async () => {
    const { user } = await createUser("EDITOR");
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getSessionActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await getSessionActor({ userId: "not-a-uuid", sessionVersion: 0 })).toBeNull();
  });
});
