import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "@dyad/db";
import { REPO_ROOT } from "@dyad/db/dev";
import { afterAll, describe, expect, inject, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { startApp } from "../setup/apps";
import { createRelation, createUser, generalFact } from "../setup/factories";

const editorUrl = () => inject("editorUrl");
const webUrl = () => inject("webUrl");
const FOREIGN = "https://attacker.example";

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

/** `name=value` pairs of Set-Cookie headers, ready to send back as a Cookie header. */
const cookiePairs = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
const sessionSetCookie = (response: Response) =>
  response.headers.getSetCookie().find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));

/** next-auth's CSRF token and the cookie it is checked against (double submit). */
async function csrfPair(base: string) {
  const response = await fetch(`${base}/api/auth/csrf`);
  expect(response.status).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, cookie: cookiePairs(response), setCookies: response.headers.getSetCookie() };
}

/** The credentials sign-in as next-auth/react sends it. */
function postCredentials(
  base: string,
  options: { email: string; password: string; csrfToken?: string; cookie?: string; origin?: string },
) {
  return fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.origin ? { origin: options.origin } : {}),
    },
    body: new URLSearchParams({
      email: options.email,
      password: options.password,
      csrfToken: options.csrfToken ?? "",
      callbackUrl: `${base}/`,
      json: "true",
    }),
  });
}

/** Sign in over HTTP from the editor's own origin; returns the session cookie to send. */
async function signIn(base: string, account: { email: string; password: string }) {
  const pair = await csrfPair(base);
  const response = await postCredentials(base, { ...account, ...pair, origin: base });
  const setCookie = sessionSetCookie(response);
  expect(setCookie, `signed in (HTTP ${response.status})`).toBeTruthy();
  return { cookie: (setCookie as string).split(";")[0] as string, setCookie: setCookie as string };
}

/** A server action's id from the editor's build (the id the page's client code would send). */
function actionId(name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(REPO_ROOT, "apps/editor/.next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the editor's build`);
  return found[0];
}

/** Call "sign out everywhere" (no arguments) as the account page's button does. */
function signOutEverywhere(options: { cookie?: string; origin?: string; base?: string }) {
  return fetch(`${options.base ?? editorUrl()}/account`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": actionId("signOutEverywhereAction"),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.origin ? { origin: options.origin } : {}),
    },
    body: "[]",
  });
}

const sessionVersion = async (userId: string) =>
  (await getDb().user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;

describe("cross-site request forgery against the editor", () => {
  it("refuses a server action from a foreign Origin even with a valid session cookie, and one without a session", async () => {
    const account = await createUser("EDITOR");
    const { cookie } = await signIn(editorUrl(), account);

    const foreign = await signOutEverywhere({ cookie, origin: FOREIGN });
    expect(foreign.status).toBe(403);
    // "null" is what sandboxed frames and some redirects send: not this site either.
    expect((await signOutEverywhere({ cookie, origin: "null" })).status).toBe(403);
    expect(await sessionVersion(account.user.id)).toBe(0);

    // Same origin but no session: the action runs and refuses to act for nobody.
    const anonymous = await signOutEverywhere({ origin: editorUrl() });
    expect(await anonymous.text()).toContain("UNAUTHENTICATED");
    expect(await sessionVersion(account.user.id)).toBe(0);

    // Control: the same request from the editor's own origin does change something.
    const own = await signOutEverywhere({ cookie, origin: editorUrl() });
    expect(own.status).toBe(200);
    expect(await sessionVersion(account.user.id)).toBe(1);
  });

  it("refuses a credentials sign-in from a foreign Origin, or without next-auth's matching CSRF token and cookie", async () => {
    const account = await createUser("EDITOR");

    // From another site, even with a valid token and cookie pair: refused before next-auth runs.
    const pair = await csrfPair(editorUrl());
    const foreign = await postCredentials(editorUrl(), { ...account, ...pair, origin: FOREIGN });
    expect(foreign.status).toBe(403);
    expect(sessionSetCookie(foreign)).toBeUndefined();

    // next-auth's own check, from this origin: no token, a token without its cookie (a
    // cross-site POST carries no SameSite=Lax cookie), or the token of another pair.
    const other = await csrfPair(editorUrl());
    for (const attempt of [
      { origin: editorUrl() },
      { origin: editorUrl(), csrfToken: pair.csrfToken },
      { origin: editorUrl(), csrfToken: other.csrfToken, cookie: pair.cookie },
    ]) {
      const response = await postCredentials(editorUrl(), { ...account, ...attempt });
      expect(sessionSetCookie(response), JSON.stringify(attempt)).toBeUndefined();
      const answer = response.headers.get("location") ?? (await response.text());
      expect(answer, JSON.stringify(attempt)).toMatch(/csrf=true/);
    }

    // Control: the matching pair from this origin signs in.
    const own = await postCredentials(editorUrl(), { ...account, ...pair, origin: editorUrl() });
    expect(sessionSetCookie(own)).toBeTruthy();
  });
});

describe("cookies", () => {
  it("over http: the session and CSRF cookies are HttpOnly and SameSite=Lax, without Secure or prefixes", async () => {
    const account = await createUser("EDITOR");
    const pair = await csrfPair(editorUrl());
    const csrf = pair.setCookies.find((c) => c.startsWith("next-auth.csrf-token="));
    expect(csrf).toMatch(/; HttpOnly/i);
    expect(csrf).toMatch(/; SameSite=Lax/i);
    expect(csrf).toMatch(/; Path=\//i);
    expect(csrf).not.toMatch(/; Secure/i);

    const { setCookie } = await signIn(editorUrl(), account);
    expect(setCookie).toMatch(/^next-auth\.session-token=/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(setCookie).not.toMatch(/; Secure/i);
  });

  it("over https (NEXTAUTH_URL https://…): Secure, with the __Secure- and __Host- prefixes", async () => {
    const editor = await startApp("apps/editor", {
      DATABASE_URL: inject("databaseUrl"),
      DATABASE_POOL_SIZE: "2",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: "https://editor.dyad.test",
    });
    stops.push(editor.stop);
    const account = await createUser("EDITOR");
    const pair = await csrfPair(editor.url);
    const csrf = pair.setCookies.find((c) => /csrf-token=/.test(c));
    expect(csrf).toMatch(/^__Host-next-auth\.csrf-token=/);
    expect(csrf).toMatch(/; Secure/i);
    expect(csrf).toMatch(/; HttpOnly/i);
    expect(csrf).toMatch(/; SameSite=Lax/i);
    expect(csrf).not.toMatch(/; Domain=/i); // __Host- requires no Domain and Path=/

    // Sign in through the proxy in front (the browser's origin is the https one).
    const response = await postCredentials(editor.url, { ...account, ...pair, origin: "https://editor.dyad.test" });
    const setCookie = sessionSetCookie(response);
    expect(setCookie, `HTTP ${response.status}`).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(setCookie).toMatch(/; Secure/i);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);

    // Next's own server-action check, behind the proxy's: the proxy lets NEXTAUTH_URL's origin
    // through, but this request's Host is not that origin's, and Next refuses to run the action.
    const cookie = (setCookie as string).split(";")[0] as string;
    const refused = await signOutEverywhere({ base: editor.url, cookie, origin: "https://editor.dyad.test" });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await sessionVersion(account.user.id)).toBe(0);
    const own = await signOutEverywhere({ base: editor.url, cookie, origin: editor.url });
    expect(own.status).toBe(200);
    expect(await sessionVersion(account.user.id)).toBe(1);
  });
});

describe("the public site's write endpoints", () => {
  it("the data API takes only bearer tokens: an editor's session cookie writes nothing", async () => {
    const relation = await createRelation();
    const account = await createUser("EDITOR");
    const { cookie } = await signIn(editorUrl(), account);
    // Browsers send cookies of 127.0.0.1 to every port of it: the web app does receive this one.
    const body = { relation: relation.slug, content: generalFact("Written with a cookie."), note: "csrf" };
    const withCookie = await apiClient().send("POST", "/api/v1/facts", body, { cookie, origin: FOREIGN });
    await expectProblem(withCookie, 401);
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);
  });

  it("the revalidation endpoint needs its bearer secret, exactly", async () => {
    const secret = inject("revalidateSecret");
    const send = (authorization?: string) =>
      fetch(`${webUrl()}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ tags: ["relations"] }),
      });
    for (const authorization of [undefined, "Bearer", `Bearer ${secret}x`, `Bearer ${secret.slice(0, -1)}`, secret]) {
      expect((await send(authorization)).status, String(authorization)).toBe(401);
    }
    const right = await send(`Bearer ${secret}`);
    expect(right.status).toBe(200);
    expect(await right.json()).toMatchObject({ revalidated: ["relations"] });
  });
});
