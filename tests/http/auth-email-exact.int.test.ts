import { randomUUID } from "node:crypto";
import {
  createUser,
  findUserForExternalSignIn,
  getDb,
  listAuditLog,
  normalizeEmail,
  searchRelations,
  signInWithPassword,
} from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createUser as createAccount } from "../setup/factories";
import { randomIp, signIn } from "../setup/server-actions";

const { actor: ADMIN } = await createAccount("ADMIN");
const PASSWORD = "a long enough password";

/** Accounts whose addresses differ only where a LIKE pattern or a lax comparison would confuse them. */
async function accounts(...locals: string[]) {
  const domain = `x${randomUUID().slice(0, 8)}.test`;
  const made = [];
  for (const [i, local] of locals.entries()) {
    const user = await createUser({
      actor: ADMIN,
      email: `${local}@${domain}`,
      name: `Account ${i}`,
      role: "EDITOR",
      password: `${PASSWORD} ${i}`,
    });
    made.push({ ...user, password: `${PASSWORD} ${i}` });
  }
  return made;
}

const signInAs = (email: string, password: string) => signInWithPassword({ email, password, ip: randomIp() });

describe("emails are one normal form, compared exactly", () => {
  it("normalises by trimming, NFC and lower case, and nothing else", () => {
    expect(normalizeEmail("  José@Example.TEST\t")).toBe("josé@example.test");
    expect(normalizeEmail("Jose\u0301@x.test")).toBe(normalizeEmail("JOS\u00c9@x.test"));
    expect(normalizeEmail("a_b%c\\d@x.test")).toBe("a_b%c\\d@x.test");
  });

  it("never signs in as the admin with `%`, `_` runs or a backslash as the email", async () => {
    const email = inject("adminEmail");
    const password = inject("adminPassword");
    const wildcards = ["%", "%@%", "_%", `${email.slice(0, 3)}%`, email.replace(/./g, "_"), email.replace("@", "\\@")];
    for (const typed of wildcards) {
      await expect(signInAs(typed, password), typed).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    // Over HTTP through next-auth's credentials flow, as an intruder would try it.
    await expect(signIn("%", password)).rejects.toThrow(/failed/);
  });

  it("keeps `a_b@…` and `a.b@…` two accounts, each signing in only with its own password", async () => {
    // The dot first: a pattern `a_b@…` would then find the older `a.b@…` account.
    const [dot, underscore] = await accounts("a.b", "a_b");
    if (!underscore || !dot) throw new Error("accounts were not made");
    expect(underscore.email).not.toBe(dot.email);
    await expect(signInAs(underscore.email, underscore.password)).resolves.toMatchObject({
      actor: { id: underscore.id },
    });
    await expect(signInAs(dot.email, dot.password)).resolves.toMatchObject({ actor: { id: dot.id } });
    await expect(signInAs(underscore.email, dot.password)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signInAs(dot.email, underscore.password)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("treats `%` and `\\` in a real address as plain characters", async () => {
    const [percent, backslash, plain] = await accounts("p%q", "b\\s", "pxq");
    if (!percent || !backslash || !plain) throw new Error("accounts were not made");
    await expect(signInAs(percent.email, percent.password)).resolves.toMatchObject({ actor: { id: percent.id } });
    await expect(signInAs(backslash.email, backslash.password)).resolves.toMatchObject({
      actor: { id: backslash.id },
    });
    await expect(signInAs(percent.email, plain.password)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("finds the account whatever the letter case, spacing or Unicode composition typed", async () => {
    const [jose] = await accounts("JOSE\u0301");
    if (!jose) throw new Error("account was not made");
    expect(jose.email).toBe(`jos\u00e9@${jose.email.split("@")[1]}`);
    const typed = ` ${jose.email.toUpperCase().normalize("NFD")} `;
    await expect(signInAs(typed, jose.password)).resolves.toMatchObject({ actor: { id: jose.id } });
  });

  it("refuses a second account for the same normalised address, and accepts a distinct look-alike", async () => {
    const [first] = await accounts("Same.Person");
    if (!first) throw new Error("account was not made");
    const variant = ` ${first.email.toUpperCase()} `;
    await expect(
      createUser({ actor: ADMIN, email: variant, name: "Again", role: "EDITOR", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const lookalike = first.email.replace("same.person", "same_person");
    await expect(
      createUser({ actor: ADMIN, email: lookalike, name: "Other", role: "EDITOR", password: PASSWORD }),
    ).resolves.toMatchObject({ email: lookalike });
  });

  it("refuses control and invisible characters in a new address", async () => {
    for (const email of ["a\u0000b@x.test", "a\u200bb@x.test", "a\u202eb@x.test"]) {
      await expect(
        createUser({ actor: ADMIN, email, name: "Hidden", role: "EDITOR", password: PASSWORD }),
      ).rejects.toMatchObject({ code: "INVALID" });
    }
  });

  it("opens an account for an external identity only with exactly its address", async () => {
    const [user] = await accounts("oidc_user");
    if (!user) throw new Error("account was not made");
    await expect(findUserForExternalSignIn({ email: "%" })).resolves.toBeNull();
    await expect(findUserForExternalSignIn({ email: user.email.replace("_", "x") })).resolves.toBeNull();
    await expect(findUserForExternalSignIn({ email: ` ${user.email.toUpperCase()}` })).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("counts failed sign-ins against the normalised address, however it was typed", async () => {
    const [user] = await accounts("counted");
    if (!user) throw new Error("account was not made");
    for (const typed of [user.email.toUpperCase(), ` ${user.email}`]) {
      await expect(signInAs(typed, "wrong password")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    const attempts = await getDb().loginAttempt.findMany({ where: { email: user.email } });
    expect(attempts).toHaveLength(2);
  });

  it("stores no address outside the normal form, even written around the application", async () => {
    await expect(
      getDb().user.create({ data: { email: " spaced@x.test", name: "Raw", role: "EDITOR" } }),
    ).rejects.toThrow();
    await expect(
      getDb().user.create({ data: { email: "jose\u0301@x.test", name: "Raw", role: "EDITOR" } }),
    ).rejects.toThrow();
  });

  it("reads `%` and `_` literally in the audit log's and the relation search's filters", async () => {
    const log = await listAuditLog({ actor: ADMIN, actorName: "%", limit: 5 });
    expect(log.events.filter((e) => !e.actorName?.includes("%"))).toEqual([]);
    // No slug, country name, spelling or demonym holds `_` or `%`: a wildcard would match them all.
    await expect(searchRelations({ actor: ADMIN, query: "_" })).resolves.toEqual([]);
    await expect(searchRelations({ actor: ADMIN, query: "%" })).resolves.toEqual([]);
  });
});
