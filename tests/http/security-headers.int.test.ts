import { getDb } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";
import { publishedFact } from "../setup/public-helpers";

const webUrl = () => inject("webUrl");
const editorUrl = () => inject("editorUrl");

/** A CSP header as a map of directive → its sources. */
function directives(header: string | null): Map<string, string[]> {
  expect(header, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    (header ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** Headers both apps send on every response. */
function expectCommonHeaders(response: Response) {
  const csp = directives(response.headers.get("content-security-policy"));
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
  expect(csp.get("script-src")?.some((s) => s.startsWith("http") || s === "*" || s === "data:")).toBe(false);
  // Both apps run as production builds in the tests: HSTS is sent (and ignored by browsers over http).
  expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=31536000\b/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("referrer-policy")).toMatch(
    /^(same-origin|strict-origin-when-cross-origin|no-referrer)$/,
  );
  return csp;
}

describe("security headers of the public site", () => {
  it("are on pages, API answers and feeds, and the relation page stays in the full-route cache", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    await getDb().relation.update({ where: { id: relation.id }, data: { summary: "Cached summary." } });
    await publishedFact(relation.id, generalFact("A fact behind a strict policy."), actor);

    const page = await fetch(`${webUrl()}/relations/${relation.slug}`);
    expect(page.status).toBe(200);
    const csp = expectCommonHeaders(page);
    // Static policy (see apps/web/security-headers.ts): no nonce, so the page can be cached.
    expect(csp.get("script-src")?.some((s) => s.startsWith("'nonce-"))).toBe(false);
    expect(await page.text()).toContain("Cached summary.");

    // Proof the header did not make the page dynamic: a change written behind the site's back
    // (no revalidation) does not show, because the stored HTML is served.
    await getDb().relation.update({ where: { id: relation.id }, data: { summary: `Changed ${unique()}.` } });
    const again = await fetch(`${webUrl()}/relations/${relation.slug}`);
    expectCommonHeaders(again);
    expect(await again.text()).toContain("Cached summary.");

    for (const path of [
      "/",
      "/search?q=fact",
      "/api/v1/relations",
      "/feed.xml",
      `/relations/${relation.slug}/history`,
    ]) {
      const response = await fetch(`${webUrl()}${path}`);
      expect(response.status, path).toBe(200);
      expectCommonHeaders(response);
    }
  });
});

describe("security headers of the editor", () => {
  it("give every page a fresh nonce that Next puts on each of its scripts; no inline script is allowed otherwise", async () => {
    const nonces = new Set<string>();
    // The last asks with a Next-Action header set by hand, as only a server-action call may: a
    // GET is a page all the same and gets its policy (the proxy skips action calls, and the
    // server drops the header from anything but a POST).
    for (const headers of [{}, {}, { "next-action": "7f".repeat(21) }] as Record<string, string>[]) {
      const response = await fetch(`${editorUrl()}/sign-in`, { headers });
      expect(response.status).toBe(200);
      const csp = expectCommonHeaders(response);
      const scriptSrc = csp.get("script-src") ?? [];
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).toContain("'strict-dynamic'");
      const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, "a nonce in script-src").toMatch(/^[A-Za-z0-9+/=]{22,}$/);
      nonces.add(nonce as string);
      expect(response.headers.get("cache-control")).toBe("no-store");

      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, "every script carries the nonce").toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(3);

    // Pages that redirect (not signed in) and next-auth's JSON answers carry the headers too.
    const redirected = await fetch(`${editorUrl()}/relations`, { redirect: "manual" });
    expect(redirected.status).toBeGreaterThanOrEqual(300);
    expectCommonHeaders(redirected);
    const csrf = await fetch(`${editorUrl()}/api/auth/csrf`);
    expect(csrf.status).toBe(200);
    expectCommonHeaders(csrf);
  });
});
