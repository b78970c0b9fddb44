import { randomUUID } from "node:crypto";
import {
  createFact,
  getDb,
  listAuditLog,
  openChangeSet,
  publishFact,
  signInWithPassword,
  THROTTLE,
  unlockSignIn,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { testAdmin } from "../setup/editor-factories";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

/** Failures long enough ago that none of them slows the next try, all inside the window. */
async function pastFailures(email: string, count: number) {
  await getDb().loginAttempt.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      email,
      ip: address(),
      success: false,
      at: new Date(Date.now() - (600 - i) * 1000),
    })),
  });
}

const eventsOf = (type: string, where: object) =>
  getDb().auditEvent.findMany({ where: { type, payload: where }, orderBy: { id: "asc" } });

describe("sign-ins in the audit log", () => {
  it("records a failed sign-in with the email as typed, the lock it starts, the unlock and the sign-in", async () => {
    const { email, password, user } = await createUser("EDITOR");
    await pastFailures(email, THROTTLE.account.lockAfter - 1);
    const typed = `  ${email.toUpperCase()} `;
    const ip = address();
    await expect(signInWithPassword({ email: typed, password: "not the password", ip })).rejects.toMatchObject({
      message: expect.stringMatching(/do not match/),
    });
    const [failed] = await eventsOf("auth.sign_in_failed", { path: ["ip"], equals: ip });
    expect(failed).toMatchObject({ actorId: null, payload: { email: email.toUpperCase(), ip } });
    expect(Object.keys(failed?.payload as object).sort()).toEqual(["email", "ip"]);
    expect(await eventsOf("auth.locked", { path: ["ip"], equals: ip })).toMatchObject([
      { payload: { email, scope: "account", minutes: THROTTLE.lockMs / 60_000 } },
    ]);

    // Locked: told until when, even with the right password.
    const locked = await signInWithPassword({ email, password, ip: address() }).catch((e) => e);
    expect(locked).toMatchObject({ code: "UNAUTHENTICATED", details: { reason: "LOCKED" } });
    const until = new Date(locked.details.until as string);
    expect(locked.message).toContain(`until ${until.toISOString().slice(11, 16)} UTC`);
    expect(until.getTime()).toBeGreaterThan(Date.now() + (THROTTLE.lockMs - 120_000));

    await unlockSignIn({ userId: user.id, actor: testAdmin });
    await expect(signInWithPassword({ email, password, ip: address() })).resolves.toMatchObject({ email });
    const log = await listAuditLog({ actor: testAdmin, userId: user.id, type: "auth." });
    expect(log.events.map((e) => e.type)).toEqual(["auth.signed_in", "auth.unlocked"]);
    expect(log.events[1]).toMatchObject({ actorName: testAdmin.name, user: { id: user.id, name: user.name } });
  });

  it("keeps only the start of a long email typed, and locks an unknown email just like a real one", async () => {
    const typed = `${"x".repeat(250)}-${unique()}@dyad.test`;
    const ip = address();
    await signInWithPassword({ email: typed, password: "whatever it is", ip }).catch(() => null);
    const [failed] = await eventsOf("auth.sign_in_failed", { path: ["ip"], equals: ip });
    expect(failed?.payload).toEqual({ email: typed.slice(0, 100), ip });

    // No account has this email: the lock and its message are the same as for a real account,
    // so saying until when reveals nothing about which emails exist.
    const nobody = `nobody-${unique()}@dyad.test`;
    await pastFailures(nobody, THROTTLE.account.lockAfter);
    const locked = await signInWithPassword({ email: nobody, password: "a guess", ip: address() }).catch((e) => e);
    expect(locked.message).toMatch(
      /^Too many failed sign-ins: this account is locked for \d+ minutes?, until \d\d:\d\d UTC$/,
    );
  });
});

describe("the audit log", () => {
  it("names the fact, relation, account and change-set of each event, and filters by them and by event", async () => {
    const relation = await createRelation();
    const editor = await createUser("EDITOR");
    const statement = `Audit names ${unique()}.`;
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact(statement),
      note: "First",
      actor: editor.actor,
    });
    await publishFact({ factId, revisionId: revision.id, actor: testAdmin });
    const set = await openChangeSet({ title: `Audit set ${unique()}`, actor: editor.actor });

    const byRelation = await listAuditLog({ actor: testAdmin, relation: relation.slug });
    expect(byRelation.events.map((e) => e.type)).toEqual(["fact.published", "fact.created"]);
    const countries = await getDb().country.findMany({
      where: { code: { in: [relation.countryAId, relation.countryBId] } },
    });
    const name = (code: string) => countries.find((c) => c.code === code)?.name;
    expect(byRelation.events[1]).toMatchObject({
      actorName: editor.actor.name,
      fact: { id: factId, title: statement, deleted: false },
      relation: { slug: relation.slug, name: `${name(relation.countryAId)}–${name(relation.countryBId)} relations` },
    });
    expect((await listAuditLog({ actor: testAdmin, factId, type: "fact.published" })).events).toMatchObject([
      { actorName: testAdmin.name, fact: { title: statement } },
    ]);
    const byEditor = await listAuditLog({ actor: testAdmin, userId: editor.user.id });
    expect(byEditor.events.map((e) => e.type)).toEqual(["change_set.opened", "fact.created"]);
    expect(byEditor.events[0]).toMatchObject({ changeSet: { id: set.id, title: set.title }, fact: null });

    await expect(listAuditLog({ actor: testAdmin, relation: `no-such-${unique()}` })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/^relation:/),
    });
    await expect(listAuditLog({ actor: testAdmin, userId: "someone" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
