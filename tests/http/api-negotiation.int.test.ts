import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario, tokenFor } from "../setup/api-factories";
import { cutRelease, withReleaseData } from "../setup/api-releases";
import { unique } from "../setup/factories";

const api = apiClient();
const accept = (path: string, value: string) => api.fetch(path, { headers: { accept: value } });

describe("content negotiation: 406 and JSON-LD", () => {
  let slug: string;
  let factId: string;
  beforeAll(async () => {
    const scenario = await relationScenario();
    slug = scenario.relation.slug;
    factId = (
      await publishedFact(scenario, "An embassy opened in the capital.", { validTime: { start: "2004-09", end: null } })
    ).factId;
  });

  it("answers 406 with a problem when Accept excludes everything an endpoint serves, q-values honoured", async () => {
    for (const [path, value] of [
      [`/api/v1/relations/${slug}/facts`, "text/html"],
      [`/api/v1/relations/${slug}/facts`, "application/json;q=0, text/csv"],
      ["/api/v1/changes.atom", "application/json"],
      [`/api/v1/relations/${slug}`, "text/html, application/xhtml+xml"],
      ["/api/v1/countries", "image/*"],
    ] as const) {
      const problem = await expectProblem(await accept(path, value), 406);
      expect(problem.code, `${path} ${value}`).toBe("NOT_ACCEPTABLE");
      expect(problem.detail).toMatch(/application\//);
    }
    // No Accept, */*, a wildcard subtype or a lower but non-zero q all get the default.
    for (const value of ["*/*", "application/*", "text/html, application/json;q=0.1", "text/html, */*;q=0.8"]) {
      const response = await accept(`/api/v1/relations/${slug}/facts`, value);
      expect(response.status, value).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    }
    expect((await api.fetch(`/api/v1/relations/${slug}/facts`)).status).toBe(200);
    const feed = await accept("/api/v1/changes.atom", "application/atom+xml, application/xml;q=0.9");
    expect(feed.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    // An unknown address is a 404 whatever Accept says.
    await expectProblem(await accept("/api/v1/no-such-thing", "text/html"), 404);
  });

  it("serves a relation, a fact and the countries as schema.org JSON-LD when asked", async () => {
    const relation = await accept(`/api/v1/relations/${slug}`, "application/ld+json");
    expect(relation.status).toBe(200);
    expect(relation.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(relation.headers.get("vary")).toMatch(/\bAccept\b/i);
    const article = (await relation.json()) as Record<string, unknown>;
    expect(article).toMatchObject({ "@context": "https://schema.org", "@type": "Article" });
    expect(String(article.url)).toMatch(new RegExp(`/relations/${slug}$`));
    expect((article.about as { "@type": string }[]).map((c) => c["@type"])).toEqual(["Country", "Country"]);
    // Preferred by q-value over JSON; JSON stays the default.
    const preferred = await accept(`/api/v1/relations/${slug}`, "application/json;q=0.5, application/ld+json");
    expect(preferred.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const plain = await api.fetch(`/api/v1/relations/${slug}`);
    expect(plain.headers.get("content-type")).toMatch(/^application\/json/);
    expect(plain.headers.get("etag")).not.toBe(relation.headers.get("etag"));

    const fact = await accept(`/api/v1/facts/${factId}`, "application/ld+json");
    const claim = (await fact.json()) as Record<string, unknown>;
    expect(claim).toMatchObject({
      "@type": "Claim",
      text: "An embassy opened in the capital.",
      temporalCoverage: "2004-09/..",
    });

    const countries = await accept("/api/v1/countries", "application/ld+json");
    const list = (await countries.json()) as { "@type": string; itemListElement: { item: { name: string } }[] };
    expect(list["@type"]).toBe("ItemList");
    expect(list.itemListElement.map((e) => e.item.name)).toContain("Azerbaijan");
  });

  it("serves a release as the schema.org Dataset its page embeds, and 406 for a download Accept excludes", async () => {
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    await withReleaseData("shared", async () => {
      const release = await cutRelease(secret, `ld-${unique()}`);
      const dataset = (await (await accept(release.url, "application/ld+json")).json()) as Record<string, unknown>;
      expect(dataset).toMatchObject({ "@type": "Dataset", version: release.name });
      expect((await accept(`${release.url}/facts.csv`, "text/csv")).status).toBe(200);
      await expectProblem(await accept(`${release.url}/facts.csv`, "application/json"), 406);
      await expectProblem(await accept(`${release.url}/facts.csv.gz`, "text/csv"), 406);
    });
  });
});

describe("HTTP for the site's documents and compressed answers", () => {
  const web = () => inject("webUrl");

  it("says Allow on every 405, and validators on feeds, sitemap and robots.txt", async () => {
    for (const path of ["/feed.xml", "/sitemap.xml", "/robots.txt"]) {
      const refused = await fetch(`${web()}${path}`, { method: "POST" });
      expect(refused.status, path).toBe(405);
      expect(refused.headers.get("allow"), path).toBe("GET, HEAD, OPTIONS");
      // Their 304s are checked in conditional-documents (which allows for publications meanwhile).
      const response = await fetch(`${web()}${path}`);
      expect(response.headers.get("etag"), path).toBeTruthy();
      expect(Date.parse(response.headers.get("last-modified") ?? ""), path).not.toBeNaN();
    }
    const atom = await api.fetch("/api/v1/changes.atom");
    expect(atom.headers.get("last-modified")).toBeTruthy();
    const revalidate = await fetch(`${web()}/api/revalidate`);
    expect(revalidate.status).toBe(405);
    expect(revalidate.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("lists release pages in the sitemap", async () => {
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    await withReleaseData("shared", async () => {
      const release = await cutRelease(secret, `map-${unique()}`);
      const sitemap = await (await fetch(`${web()}/sitemap.xml`)).text();
      expect(sitemap).toContain(`/releases/${release.name}</loc>`);
    });
  });

  it("weakens a strong ETag when the answer is compressed on the way, and keeps a 304 for either copy", async () => {
    const path = `/api/v1/countries`;
    const plain = await api.fetch(path, { headers: { "accept-encoding": "identity" } });
    const gzipped = await api.fetch(path, { headers: { "accept-encoding": "gzip" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    const strong = plain.headers.get("etag") as string;
    expect(strong).toMatch(/^"/);
    expect(gzipped.headers.get("etag")).toBe(`W/${strong}`);
    const revalidated = await api.fetch(path, {
      headers: { "accept-encoding": "gzip", "if-none-match": gzipped.headers.get("etag") as string },
    });
    expect(revalidated.status).toBe(304);
  });
});
