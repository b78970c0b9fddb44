import { describe, expect, it } from "vitest";
import { apiClient } from "../setup/api-client";

const client = apiClient();

describe("feeds, sitemap and robots.txt", () => {
  it("carry an ETag and answer 304 to a client that already has them", async () => {
    for (const path of ["/feed.xml", "/relations/azerbaijan-canada/feed.xml", "/sitemap.xml", "/robots.txt"]) {
      // Strong for the plain bytes; a compressed copy's is weak (other bytes, api-negotiation test).
      const plain = { "accept-encoding": "identity" };
      const first = await client.fetch(path, { headers: plain });
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      const body = await first.text();
      const again = await client.fetch(path, { headers: { ...plain, "if-none-match": etag ?? "" } });
      expect(again.status, path).toBe(304);
      expect(await again.text(), path).toBe("");
      // Another copy is answered in full.
      const other = await client.fetch(path, { headers: { "if-none-match": '"something-else"' } });
      expect(other.status, path).toBe(200);
      expect(await other.text(), path).toBe(body);
    }
  });

  it("say when the feeds and the sitemap last changed, and answer 304 to If-Modified-Since", async () => {
    for (const path of ["/feed.xml", "/relations/azerbaijan-canada/feed.xml", "/sitemap.xml"]) {
      const first = await client.fetch(path);
      await first.arrayBuffer();
      const lastModified = first.headers.get("last-modified") ?? "";
      expect(Date.parse(lastModified), path).not.toBeNaN();
      const since = await client.fetch(path, { headers: { "if-modified-since": lastModified } });
      expect(since.status, path).toBe(304);
      const before = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expect((await client.fetch(path, { headers: { "if-modified-since": before } })).status, path).toBe(200);
    }
  });
});
