import { changePassword, changeUserRole, endUserSessions, getDb, getFact, setUserDisabled } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { draftScenario, testAdmin } from "../setup/editor-factories";
import { createUser, generalFact, unique } from "../setup/factories";
import { type EditorSession, invoke, signIn } from "../setup/server-actions";

/** Sessions and tokens end when they should (issue 20, item 4), over HTTP against the editor. */
const editor = () => inject("editorUrl");

/** Whether a session cookie still opens the account page (else the editor sends it to sign in). */
async function signedIn(session: EditorSession): Promise<boolean> {
  const response = await fetch(`${editor()}/account`, {
    headers: { cookie: session.cookie, "x-forwarded-for": session.ip },
    redirect: "manual",
  });
  await response.arrayBuffer();
  if (response.status === 200) return true;
  expect(response.headers.get("location") ?? "").toMatch(/\/sign-in/);
  return false;
}

/** next-auth's sign-out as the Sign out button sends it (with its CSRF token). */
async function signOut(session: EditorSession) {
  const csrf = await fetch(`${editor()}/api/auth/csrf`, { headers: { cookie: session.cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${editor()}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: editor(),
      "x-forwarded-for": session.ip,
      cookie: [session.cookie, ...csrfCookie].join("; "),
    },
    body: new URLSearchParams({ csrfToken, json: "true", callbackUrl: editor() }),
  });
  await response.arrayBuffer();
  expect(response.status).toBeLessThan(400);
}

const tokenWorks = async (secret: string) =>
  (await apiClient({ token: secret }).fetch(`/api/v1/facts/${crypto.randomUUID()}/draft`)).status === 404;

async function newToken(session: EditorSession, name = `script ${unique()}`) {
  const form = new FormData();
  form.set("name", name);
  form.append("scopes", "facts:write");
  form.set("expiresInDays", "30");
  const call = await invoke(session, "account/actions.ts#createApiTokenAction", [null, form]);
  expect(call.result).toMatchObject({ ok: true });
  return (call.result as { data: { secret: string } }).data.secret;
}

describe("sessions end on the server", () => {
  it("sign-out ends the session: a copy of the cookie taken before stops working", async () => {
    const person = await createUser("EDITOR");
    const session = await signIn(person.email, person.password);
    const copy = { ...session };
    expect(await signedIn(copy)).toBe(true);
    await signOut(session);
    expect(await signedIn(copy)).toBe(false);
    const audit = await getDb().auditEvent.findMany({ where: { type: "user.signed_out", actorId: person.user.id } });
    expect(audit).toHaveLength(1);
    // A new sign-in works as before.
    expect(await signedIn(await signIn(person.email, person.password))).toBe(true);
  });

  it("a password change, a role change and disabling each end the account's sessions", async () => {
    const person = await createUser("EDITOR");
    for (const change of [
      () => changePassword({ userId: person.user.id, newPassword: `fresh password ${unique()}`, actor: testAdmin }),
      () => changeUserRole({ userId: person.user.id, role: "REVIEWER", actor: testAdmin }),
      () => setUserDisabled({ userId: person.user.id, disabled: true, actor: testAdmin }),
    ]) {
      await getDb().user.update({ where: { id: person.user.id }, data: { disabledAt: null } });
      await changePassword({ userId: person.user.id, newPassword: person.password, actor: testAdmin });
      const session = await signIn(person.email, person.password);
      expect(await signedIn(session)).toBe(true);
      await change();
      expect(await signedIn(session)).toBe(false);
    }
  });

  it("sign out everywhere keeps API tokens unless asked, then revokes them too", async () => {
    const person = await createUser("EDITOR");
    const session = await signIn(person.email, person.password);
    const secret = await newToken(session);
    expect(await tokenWorks(secret)).toBe(true);

    const keep = await invoke(session, "account/actions.ts#signOutEverywhereAction", [null, new FormData()]);
    expect(keep.result).toMatchObject({ ok: true });
    expect(await signedIn(session)).toBe(false);
    expect(await tokenWorks(secret)).toBe(true);

    const again = await signIn(person.email, person.password);
    const form = new FormData();
    form.set("revokeTokens", "on");
    const revoke = await invoke(again, "account/actions.ts#signOutEverywhereAction", [null, form]);
    expect(revoke.result).toMatchObject({ ok: true });
    expect(await signedIn(again)).toBe(false);
    expect(await tokenWorks(secret)).toBe(false);
  });
});

describe("a save and an approve check the session in their own transaction", () => {
  it("refuses both once the account is disabled or its sessions ended, and writes nothing", async () => {
    const d = await draftScenario("Consulates opened in both countries.");
    const editor = await signIn(d.editor.email, d.editor.password);
    const reviewer = await signIn(d.reviewer.email, d.reviewer.password);
    const save = (session: typeof editor) =>
      invoke(
        session,
        "facts/actions.ts#saveFactAction",
        [
          {
            relationId: d.relation.id,
            factId: d.factId,
            expectedRevisionId: d.revisionId,
            content: generalFact("Consulates opened in both capitals."),
            note: "Reworded",
            idempotencyKey: crypto.randomUUID(),
          },
        ],
        { factId: d.factId },
      );
    const approve = (session: typeof reviewer, revisionId: string) =>
      invoke(
        session,
        "facts/actions.ts#workflowAction",
        [{ step: "approve", factId: d.factId, expectedRevisionId: revisionId }],
        {
          factId: d.factId,
        },
      );

    await setUserDisabled({ userId: d.editor.user.id, disabled: true, actor: testAdmin });
    expect((await save(editor)).result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    await endUserSessions({ userId: d.reviewer.user.id, actor: testAdmin });
    expect((await approve(reviewer, d.revisionId)).result).toMatchObject({
      ok: false,
      error: { code: "UNAUTHENTICATED" },
    });
    const fact = await getFact({ factId: d.factId });
    expect(fact.draft?.revisionId).toBe(d.revisionId);
    expect(fact.published).toBeNull();
    expect(await getDb().idempotencyKey.count({ where: { scope: `user:${d.editor.user.id}` } })).toBe(0);

    // Signed in again, the same two requests go through: the refusals were the sessions'.
    await setUserDisabled({ userId: d.editor.user.id, disabled: false, actor: testAdmin });
    const editorAgain = await signIn(d.editor.email, d.editor.password);
    const saved = await save(editorAgain);
    expect(saved.result).toMatchObject({ ok: true, data: { changed: true } });
    const revisionId = (saved.result as { data: { revisionId: string } }).data.revisionId;
    const reviewerAgain = await signIn(d.reviewer.email, d.reviewer.password);
    const approved = await approve(reviewerAgain, revisionId);
    expect(approved.result).toMatchObject({ ok: true });
    expect((await getFact({ factId: d.factId })).published?.revisionId).toBe(revisionId);
  });
});

describe("the API token page", () => {
  it("creates a token with scopes and expiry, lists it with its last use, and revokes it", async () => {
    const person = await createUser("EDITOR");
    const session = await signIn(person.email, person.password);
    const name = `nightly import ${unique()}`;
    const secret = await newToken(session, name);
    expect(secret).toMatch(/^dyad_/);

    const page = async () => {
      const response = await fetch(`${editor()}/account/tokens`, { headers: { cookie: session.cookie } });
      expect(response.status).toBe(200);
      const html = await response.text();
      const row = html.slice(html.indexOf(name));
      return row.slice(0, row.indexOf("</tr>"));
    };
    const before = await page();
    expect(before).toContain("facts:write");
    expect(before).toContain("active");
    const nevers = (row: string) => row.match(/<td>never<\/td>/g)?.length ?? 0;
    expect(nevers(before)).toBe(1); // last used: never (it expires in 30 days)
    expect(before).not.toContain(secret.slice(10)); // the secret is never listed

    expect(await tokenWorks(secret)).toBe(true);
    expect(nevers(await page())).toBe(0); // last used: a time

    const token = await getDb().apiToken.findFirstOrThrow({ where: { name }, select: { id: true, expiresAt: true } });
    const days = ((token.expiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThanOrEqual(30);
    const revoked = await invoke(session, "account/actions.ts#revokeApiTokenAction", [token.id]);
    expect(revoked.result).toMatchObject({ ok: true });
    expect(await tokenWorks(secret)).toBe(false);
    expect(await page()).toContain("revoked");
  });

  it("refuses a scope above the account's role and a token of someone else", async () => {
    const person = await createUser("EDITOR");
    const session = await signIn(person.email, person.password);
    const form = new FormData();
    form.set("name", "release cutter");
    form.append("scopes", "releases:write");
    const refused = await invoke(session, "account/actions.ts#createApiTokenAction", [null, form]);
    expect(refused.result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const other = await createUser("EDITOR");
    const theirs = await getDb().apiToken.create({
      data: { userId: other.user.id, name: "theirs", prefix: "dyad_x", tokenHash: unique(), scopes: ["facts:write"] },
    });
    const notMine = await invoke(session, "account/actions.ts#revokeApiTokenAction", [theirs.id]);
    expect(notMine.result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).toBeNull();
  });
});
