import {
  changePassword,
  changeUserRole,
  createUser as createAccount,
  endUserSessions,
  getDb,
  getSessionActor,
  listUsers,
  setUserDisabled,
  signInWithPassword,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { testAdmin } from "../setup/editor-factories";
import { createUser, unique } from "../setup/factories";

const ip = () => `203.0.113.${unique()}`;

type Tx = NonNullable<Parameters<typeof changeUserRole>[0]["tx"]>;

describe("accounts (admin)", () => {
  it("creates an account that can sign in with its role, and refuses a second one with the same email", async () => {
    const admin = testAdmin;
    const email = `New.Reviewer-${unique()}@Dyad.test`;
    const created = await createAccount({
      email,
      name: "New Reviewer",
      role: "REVIEWER",
      password: "a long passphrase",
      actor: admin,
    });
    expect(created.email).toBe(email.toLowerCase());
    expect((await signInWithPassword({ email, password: "a long passphrase", ip: ip() })).actor.role).toBe("REVIEWER");
    await expect(
      createAccount({
        email: email.toUpperCase(),
        name: "Again",
        role: "EDITOR",
        password: "a long passphrase",
        actor: admin,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      createAccount({
        email: `x-${unique()}@dyad.test`,
        name: "Short",
        role: "EDITOR",
        password: "short",
        actor: admin,
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/12 characters/) });
    expect((await listUsers({ actor: admin })).map((u) => u.email)).toContain(email.toLowerCase());
  });

  it("changes a role and ends that account's sessions", async () => {
    const admin = testAdmin;
    const { user } = await createUser("EDITOR");
    await changeUserRole({ userId: user.id, role: "REVIEWER", actor: admin });
    expect(await getSessionActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect((await getSessionActor({ userId: user.id, sessionVersion: 1 }))?.actor.role).toBe("REVIEWER");
    const event = await getDb().auditEvent.findFirst({ where: { type: "user.role_changed" }, orderBy: { id: "desc" } });
    expect(event?.payload).toMatchObject({ userId: user.id, from: "EDITOR", to: "REVIEWER" });
  });

  it("disables an account at once and enables it again", async () => {
    const admin = testAdmin;
    const { user, email, password } = await createUser("EDITOR");
    await setUserDisabled({ userId: user.id, disabled: true, actor: admin });
    expect(await getSessionActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    await expect(signInWithPassword({ email, password, ip: ip() })).rejects.toMatchObject({
      message: expect.stringMatching(/disabled/),
    });
    await setUserDisabled({ userId: user.id, disabled: false, actor: admin });
    await expect(signInWithPassword({ email, password, ip: ip() })).resolves.toMatchObject({ email });
  });

  it("never leaves the app without an active admin", async () => {
    const { user: editor } = await createUser("EDITOR");
    const self = { ...testAdmin, id: editor.id };
    await expect(setUserDisabled({ userId: editor.id, disabled: true, actor: self })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/your own account/),
    });
    // Stage admin accounts inside transactions that are rolled back, so no other test ever sees
    // them (or the seeded admin demoted).
    const staged = async (work: (tx: Tx, admin: { id: string }) => Promise<unknown>) =>
      getDb()
        .$transaction(async (tx) => {
          const admin = await tx.user.create({
            data: { email: `staged-${unique()}@dyad.test`, name: "Staged admin", role: "ADMIN" },
          });
          throw Object.assign(new Error("rollback"), { outcome: await work(tx, admin).catch((e) => e) });
        })
        .catch((e) => e.outcome);

    // The staged admin is the last active one: neither demoting nor disabling it is allowed.
    const last = async (tx: Tx, admin: { id: string }) => {
      await tx.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { role: "EDITOR" } });
      const demote = await changeUserRole({ tx, userId: admin.id, role: "EDITOR", actor: testAdmin }).catch((e) => e);
      const disable = await setUserDisabled({ tx, userId: admin.id, disabled: true, actor: testAdmin }).catch((e) => e);
      return [demote, disable];
    };
    const [demote, disable] = (await staged(last)) as unknown[];
    expect(demote).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/last active admin/) });
    expect(disable).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/last active admin/) });
    // With the seeded admin still there, the same change goes through.
    const demoted = await staged((tx, admin) =>
      changeUserRole({ tx, userId: admin.id, role: "EDITOR", actor: testAdmin }),
    );
    expect(demoted).toMatchObject({ changed: true });
    expect(await getDb().user.count({ where: { role: "ADMIN", disabledAt: null } })).toBeGreaterThan(0);
  });

  it("lets only admins manage accounts", async () => {
    const { actor: reviewer } = await createUser("REVIEWER");
    const { user } = await createUser("EDITOR");
    const forbidden = { code: "FORBIDDEN" };
    await expect(listUsers({ actor: reviewer })).rejects.toMatchObject(forbidden);
    await expect(changeUserRole({ userId: user.id, role: "ADMIN", actor: reviewer })).rejects.toMatchObject(forbidden);
    await expect(setUserDisabled({ userId: user.id, disabled: true, actor: reviewer })).rejects.toMatchObject(
      forbidden,
    );
    await expect(endUserSessions({ userId: user.id, actor: reviewer })).rejects.toMatchObject(forbidden);
    await expect(
      createAccount({
        email: `x-${unique()}@dyad.test`,
        name: "X",
        role: "ADMIN",
        password: "a long passphrase",
        actor: reviewer,
      }),
    ).rejects.toMatchObject(forbidden);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("EDITOR");
  });
});

describe("passwords", () => {
  it("changes one's own password given the current one, ending other sessions", async () => {
    const { user, actor, email, password } = await createUser("EDITOR");
    await expect(
      changePassword({ userId: user.id, currentPassword: "wrong", newPassword: "a brand new passphrase", actor }),
    ).rejects.toMatchObject({ code: "INVALID", details: { issues: [{ path: "currentPassword" }] } });
    await changePassword({ userId: user.id, currentPassword: password, newPassword: "a brand new passphrase", actor });
    expect(await getSessionActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    await expect(signInWithPassword({ email, password, ip: ip() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signInWithPassword({ email, password: "a brand new passphrase", ip: ip() })).resolves.toMatchObject({
      email,
    });
  });

  it("lets an admin reset someone's password, and nobody else", async () => {
    const admin = testAdmin;
    const { actor: editor } = await createUser("EDITOR");
    const { user, email } = await createUser("REVIEWER");
    await expect(
      changePassword({ userId: user.id, newPassword: "reset by a colleague", actor: editor }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await changePassword({ userId: user.id, newPassword: "reset by the admin!", actor: admin });
    await expect(signInWithPassword({ email, password: "reset by the admin!", ip: ip() })).resolves.toMatchObject({
      email,
    });
  });
});
