import { describe, expect, it } from "vitest";
import { apiClient } from "../setup/api-client";

const client = apiClient();
// Strong ETags are for the plain bytes; a compressed copy's is weak (other bytes, api-negotiation test).
const plain = { "accept-encoding": "identity" };

describe("feeds, sitemap and robots.txt", () => {
  it("carry an ETag and answer 304 to a client that already has them", async () => {
    for (const path of ["/feed.xml", "/relations/azerbaijan-canada/feed.xml", "/sitemap.xml", "/robots.txt"]) {
      const { response } = await answeredNotModified(path, "etag", (etag) => ({ ...plain, "if-none-match": etag }));
      expect(response.headers.get("etag"), path).toMatch(/^"[\w-]+"$/);
      // Another copy is answered in full (or by a newer version, if one was published meanwhile).
      const other = await client.fetch(path, { headers: { "if-none-match": '"something-else"' } });
      expect(other.status, path).toBe(200);
      expect((await other.text()).length, path).toBeGreaterThan(0);
    }
  });

  it("say when they last changed, and answer 304 to If-Modified-Since", async () => {
    for (const path of ["/feed.xml", "/relations/azerbaijan-canada/feed.xml", "/sitemap.xml", "/robots.txt"]) {
      const { value } = await answeredNotModified(path, "last-modified", (date) => ({ "if-modified-since": date }));
      expect(Date.parse(value), path).not.toBeNaN();
      const before = new Date(Date.parse(value) - 1000).toUTCString();
      expect((await client.fetch(path, { headers: { "if-modified-since": before } })).status, path).toBe(200);
    }
  });
});

/**
 * Fetches the document, then asks again with the validator it gave, until it answers 304 with
 * an empty body. Other test files publish meanwhile (the site-wide feed changes with every
 * publication), so a 200 is accepted only when it carries another validator, which is then used.
 */
async function answeredNotModified(
  path: string,
  validator: "etag" | "last-modified",
  conditional: (value: string) => Record<string, string>,
): Promise<{ response: Response; value: string }> {
  let response = await client.fetch(path, { headers: plain });
  expect(response.status, path).toBe(200);
  await response.arrayBuffer();
  for (let attempt = 0; attempt < 5; attempt++) {
    const value = response.headers.get(validator) ?? "";
    expect(value, `${path} ${validator}`).not.toBe("");
    const again = await client.fetch(path, { headers: conditional(value) });
    const body = await again.text();
    if (again.status === 304) {
      expect(body, path).toBe("");
      return { response, value };
    }
    expect(again.status, path).toBe(200);
    expect(again.headers.get(validator), `${path}: a 200 to a conditional request must be another version`).not.toBe(
      value,
    );
    response = again;
  }
  throw new Error(`${path}: never answered 304 to its own ${validator}`);
}
