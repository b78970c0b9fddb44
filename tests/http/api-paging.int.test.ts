import { ZApiFactPage, ZApiRelationPage, ZApiSearchResults, ZApiSourcePage, ZReleasePage } from "@dyad/api-contract";
import { beforeAll, describe, expect, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { publishedFact, relationScenario } from "../setup/api-factories";

const api = apiClient();

/** A Link header's targets by rel (RFC 8288; the API writes one target per rel). */
function links(response: Response): Record<string, string> {
  const header = response.headers.get("link") ?? "";
  return Object.fromEntries(
    [...header.matchAll(/<([^>]*)>\s*;\s*rel="([^"]+)"/g)].map((m) => [m[2] as string, m[1] as string]),
  );
}

async function page(path: string) {
  const response = await api.fetch(path);
  const text = await response.text();
  expect(response.status, `${path}: ${text}`).toBe(200);
  return { body: JSON.parse(text) as unknown, link: links(response) };
}

describe("paged lists: Link headers and total counts", () => {
  let slug: string;
  beforeAll(async () => {
    const scenario = await relationScenario();
    slug = scenario.relation.slug;
    for (const year of [2001, 2002, 2003, 2004, 2005]) {
      await publishedFact(scenario, `An exchange of notes in ${year}.`, { validTime: { start: String(year) } });
    }
  });

  it("walks a relation's facts by the Link header, each page saying how many there are in all", async () => {
    const seen: string[] = [];
    let path: string | undefined = `/api/v1/relations/${slug}/facts?limit=2`;
    let first: string | undefined;
    for (let pages = 0; path && pages < 10; pages++) {
      const { body, link } = await page(path);
      const facts = ZApiFactPage.parse(body);
      expect(facts.meta.total).toBe(5);
      expect(link.next ?? null).toBe(facts.links.next);
      expect(link.first).toBe(facts.links.first);
      first ??= link.first;
      // Every page's first link is the same list from its start, at the same instant as the cursor.
      if (pages > 0) expect(link.first).toMatch(/[?&]asOf=/);
      seen.push(...facts.data.map((f) => f.statement));
      path = link.next;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(first).toBe(`/api/v1/relations/${slug}/facts?limit=2`);
    // Filters count too: the total is of the list asked for.
    const filtered = ZApiFactPage.parse((await page(`/api/v1/relations/${slug}/facts?on=2003&limit=1`)).body);
    expect(filtered.meta.total).toBe(1);
    expect(filtered.links.next).toBeNull();
  });

  it("gives totals and links on every other paged list", async () => {
    const relations = await page("/api/v1/relations?limit=1");
    const relationPage = ZApiRelationPage.parse(relations.body);
    expect(relationPage.meta.total).toBeGreaterThanOrEqual(1);
    expect(relations.link.first).toBe("/api/v1/relations?limit=1");
    if (relationPage.meta.total > 1) expect(relations.link.next).toBe(relationPage.links.next);

    const sources = ZApiSourcePage.parse((await page(`/api/v1/sources?relation=${slug}`)).body);
    expect(sources.meta.total).toBe(sources.data.length);

    const releases = await page("/api/v1/releases?limit=1");
    const releasePage = ZReleasePage.parse(releases.body);
    expect(releasePage.meta.total).toBeGreaterThanOrEqual(releasePage.data.length);
    expect(releases.link.first).toBe("/api/v1/releases?limit=1");

    const changes = await page("/api/v1/changes?limit=1");
    expect(changes.link.next).toMatch(/^\/api\/v1\/changes\?cursor=/);
    expect(changes.link.first).toBe("/api/v1/changes?limit=1");
  });

  it("pages search results forward and back, with prev where there is one", async () => {
    const second = await page("/api/v1/search?q=exchange+of+notes&limit=2&page=2");
    const results = ZApiSearchResults.parse(second.body);
    expect(results.meta.total).toBeGreaterThanOrEqual(5);
    expect(second.link.prev).toBe("/api/v1/search?q=exchange+of+notes&limit=2");
    expect(second.link.first).toBe("/api/v1/search?q=exchange+of+notes&limit=2");
    expect(second.link.next).toBe("/api/v1/search?q=exchange+of+notes&limit=2&page=3");
    const firstPage = await page(second.link.first as string);
    expect(firstPage.link.prev).toBeUndefined();
  });
});
