import http from "node:http";
import { getDb } from "@dyad/db";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp } from "../setup/apps";
import { createUser } from "../setup/factories";
import { actionId } from "../setup/server-actions";

/**
 * Client addresses come from the connection (issue 20, item 2), and absolute URLs from
 * DYAD_PUBLIC_URL (item 10). Apps of our own: one with no trusted proxy, one behind one trusted
 * proxy, each with a budget of 5 API requests a minute. Requests leave from different loopback
 * addresses (127.0.0.2, 127.0.0.3, …) so two real clients can be told apart.
 */
const LIMIT = 5;
const FORGED = {
  "x-forwarded-for": "203.0.113.50",
  "x-real-ip": "203.0.113.51",
  forwarded: "for=203.0.113.52",
  "x-dyad-client-address": "203.0.113.53",
  "true-client-ip": "203.0.113.54",
};

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, not fetch: fetch cannot send its own Host header or leave from a chosen address. */
function get(
  url: string,
  options: { from?: string; headers?: Record<string, string>; method?: string; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress: options.from ?? "127.0.0.1" },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** Spend an address's budget; returns the status of the request after it. */
async function exhaust(base: string, options: { from: string; headers: () => Record<string, string> }) {
  for (let i = 0; i < LIMIT; i++) {
    const answer = await get(`${base}/api/v1/countries`, { from: options.from, headers: options.headers() });
    expect(answer.status).toBe(200);
  }
  return (await get(`${base}/api/v1/countries`, { from: options.from, headers: options.headers() })).status;
}

/** next-auth's credentials sign-in over HTTP, from a given loopback address. */
async function signInFrom(
  base: string,
  email: string,
  password: string,
  from: string,
  headers: Record<string, string>,
) {
  const csrf = await get(`${base}/api/auth/csrf`, { from });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  return get(`${base}/api/auth/callback/credentials`, {
    from,
    method: "POST",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: base }).toString(),
  });
}

const lastAttemptIp = async (email: string) =>
  (await getDb().loginAttempt.findFirst({ where: { email }, orderBy: { id: "desc" }, select: { ip: true } }))?.ip;

let apps: Awaited<ReturnType<typeof startApp>>[] = [];
let direct: { web: string; editor: string };
let proxied: { web: string; editor: string };

beforeAll(async () => {
  const env = {
    DATABASE_URL: inject("databaseUrl"),
    DATABASE_POOL_SIZE: "2",
    DYAD_API_RATE_LIMIT: String(LIMIT),
    DYAD_PUBLIC_URL: "https://dyad.example",
    NEXTAUTH_SECRET: inject("nextauthSecret"),
  };
  apps = await Promise.all([
    startApp("apps/web", { ...env, DYAD_TRUSTED_PROXY_HOPS: "0" }),
    startApp("apps/editor", { ...env, DYAD_TRUSTED_PROXY_HOPS: "0" }),
    startApp("apps/web", { ...env, DYAD_TRUSTED_PROXY_HOPS: "1" }),
    startApp("apps/editor", { ...env, DYAD_TRUSTED_PROXY_HOPS: "1" }),
  ]);
  direct = { web: apps[0]?.url ?? "", editor: apps[1]?.url ?? "" };
  proxied = { web: apps[2]?.url ?? "", editor: apps[3]?.url ?? "" };
}, 180_000);

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
});

describe("with no trusted proxy, the address is the connection's", () => {
  it("ignores every forwarding header: a forged one neither escapes the limit nor spends another client's", async () => {
    // Each request forges a different address in every header a proxy might write.
    let n = 0;
    const forged = () => Object.fromEntries(Object.entries(FORGED).map(([k, v]) => [k, v.replace(/\d+$/, `${++n}`)]));
    expect(await exhaust(direct.web, { from: "127.0.0.2", headers: forged })).toBe(429);
    // Another real client, whose address the first one put in X-Forwarded-For, still has its budget.
    const other = await get(`${direct.web}/api/v1/countries`, {
      from: "127.0.0.3",
      headers: { "x-forwarded-for": "127.0.0.2" },
    });
    expect(other.status).toBe(200);
    expect(other.headers["ratelimit-remaining"]).toBe(String(LIMIT - 1));
  });

  it("records the connection's address for a sign-in, not the forged one", async () => {
    const { email, password } = await createUser("EDITOR");
    const answer = await signInFrom(direct.editor, email, password, "127.0.0.4", FORGED);
    expect(answer.headers["set-cookie"]?.some((c) => c.startsWith("next-auth.session-token="))).toBe(true);
    expect(await lastAttemptIp(email)).toBe("127.0.0.4");
  });
});

describe("behind one trusted proxy, the address is the right-most X-Forwarded-For entry", () => {
  it("counts by the entry the proxy appended, whatever the client put before it", async () => {
    let n = 0;
    const viaProxy = () => ({ ...FORGED, "x-forwarded-for": `198.51.100.${++n}, 192.0.2.77` });
    expect(await exhaust(proxied.web, { from: "127.0.0.5", headers: viaProxy })).toBe(429);
    // Same proxy connection, another client: its own budget.
    const other = await get(`${proxied.web}/api/v1/countries`, {
      from: "127.0.0.5",
      headers: { "x-forwarded-for": "192.0.2.77, 192.0.2.78" },
    });
    expect(other.status).toBe(200);
  });

  it("records the proxy's entry for a sign-in", async () => {
    const { email, password } = await createUser("EDITOR");
    await signInFrom(proxied.editor, email, password, "127.0.0.6", { "x-forwarded-for": "203.0.113.9, 192.0.2.80" });
    expect(await lastAttemptIp(email)).toBe("192.0.2.80");
  });
});

describe("absolute URLs come from DYAD_PUBLIC_URL, never from the request", () => {
  let page = 0;
  const hostile = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "gopher" };

  it.each([
    "/feed.xml",
    "/relations/azerbaijan-canada/feed.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/api/v1/changes.atom",
    "/api/v1/openapi.json",
    "/relations/azerbaijan-canada",
  ])("%s names https://dyad.example whatever Host and X-Forwarded-Host say", async (path) => {
    const answer = await get(`${direct.web}${path}`, { from: `127.0.1.${++page}`, headers: hostile });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("https://dyad.example");
    expect(answer.body).not.toContain("evil.example");
    expect(answer.body).not.toContain("gopher");
  });
});

describe("the editor answers hostile bodies and cookies with 4xx and one log line", () => {
  const action = (body: string, extra: Record<string, string> = {}) =>
    get(`${direct.editor}/account`, {
      from: "127.0.2.1",
      method: "POST",
      headers: {
        "next-action": actionId("account/actions.ts#changeOwnPasswordAction"),
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: direct.editor,
        ...extra,
      },
      body,
    });

  it("refuses a server-action body nested too deep (400), one over 10 MB (413) and one at an undecodable path (400)", async () => {
    const deep = await action(`${"[".repeat(5000)}${"]".repeat(5000)}`);
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body)).toMatchObject({ status: 400, detail: expect.stringMatching(/levels deep/) });
    const large = await action("x".repeat(11 * 1024 * 1024));
    expect(large.status).toBe(413);
    expect(JSON.parse(large.body)).toMatchObject({ status: 413 });
    // Sent chunked, without a length: counted as it arrives.
    const chunked = await action(`${"{".repeat(300)}${"}".repeat(300)}`, { "transfer-encoding": "chunked" });
    expect(chunked.status).toBe(400);
    const path = await get(`${direct.editor}/relations/%E0%A4%A`, {
      method: "POST",
      headers: { "next-action": "7f".repeat(21), origin: direct.editor },
      body: "[]",
    });
    expect(path.status).toBe(400);
    expect(JSON.parse(path.body)).toMatchObject({ status: 400, detail: expect.stringMatching(/percent-encoding/) });
  });

  it("treats a bad session cookie as signed out and logs one line for it, no stack", async () => {
    const editorApp = apps[1];
    const before = editorApp?.output().length ?? 0;
    for (const junk of ["junk", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z", "a".repeat(3000)]) {
      const answer = await get(`${direct.editor}/account`, {
        from: "127.0.2.2",
        headers: { cookie: `next-auth.session-token=${junk}` },
      });
      expect(answer.status).toBe(307);
    }
    await new Promise((r) => setTimeout(r, 500)); // let the log reach us
    const log = editorApp?.output().slice(before) ?? "";
    expect(log.match(/Ignored a session cookie that does not decrypt/g)).toHaveLength(3);
    expect(log).not.toMatch(/\n\s+at |JWT_SESSION_ERROR|JWEInvalid/);
  });
});
