import { createFact, unpublishFact } from "@dyad/db";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { fetchText, publishEdit, publishedFact } from "../setup/public-helpers";
import { browser } from "./browser";

let page: Page;
const web = inject("webUrl");

beforeAll(async () => {
  page = await browser.newPage();
});

/** Parse XML the way a feed reader would (the browser's DOMParser); fails on malformed XML. */
async function parseXml(xml: string, select: string) {
  return page.evaluate(
    ({ xml, select }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      if (doc.querySelector("parsererror"))
        throw new Error(`malformed XML: ${doc.querySelector("parsererror")?.textContent}`);
      return [...doc.querySelectorAll(select)].map((el) => ({
        text: el.textContent ?? "",
        children: Object.fromEntries(
          [...el.children].map((c) => [c.localName, c.getAttribute("href") ?? c.textContent]),
        ),
      }));
    },
    { xml, select },
  );
}

async function jsonLd(path: string) {
  await page.goto(`${web}${path}`);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
}

describe("sharing and discovery", () => {
  it("describes a relation page with a title, description, canonical URL, Open Graph and JSON-LD", async () => {
    const data = await jsonLd("/relations/azerbaijan-canada");
    expect(await page.title()).toBe("Azerbaijan–Canada relations · Dyad");
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/dated, sourced facts/);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/relations\/azerbaijan-canada$/);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe("Azerbaijan–Canada relations");
    expect(await page.locator('meta[property="og:type"]').getAttribute("content")).toBe("article");
    expect(
      await page.locator('link[rel="alternate"][type="application/atom+xml"]').first().getAttribute("href"),
    ).toMatch(/\/relations\/azerbaijan-canada\/feed\.xml$/);

    const article = data.find((d) => d["@type"] === "Article");
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      headline: "Azerbaijan–Canada relations",
      license: "https://creativecommons.org/licenses/by/4.0/",
      about: [
        {
          "@type": "Country",
          name: "Azerbaijan",
          sameAs: expect.arrayContaining(["http://www.wikidata.org/entity/Q227"]),
          identifier: expect.arrayContaining([
            { "@type": "PropertyValue", propertyID: "ISO 3166-1 alpha-2", value: "AZ" },
            { "@type": "PropertyValue", propertyID: "Correlates of War", value: "373" },
          ]),
        },
        {
          "@type": "Country",
          name: "Canada",
          sameAs: expect.arrayContaining(["http://www.wikidata.org/entity/Q16"]),
          identifier: expect.arrayContaining([{ "@type": "PropertyValue", propertyID: "UN M49", value: "124" }]),
        },
      ],
    });
    expect(String(article?.url)).toMatch(/\/relations\/azerbaijan-canada$/);
    expect(Date.parse(String(article?.dateModified))).not.toBeNaN();
    expect(article?.citation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          "@type": "CreativeWork",
          name: expect.stringMatching(/Azerbaijan–Canada relations/),
        }),
      ]),
    );
    expect(data.find((d) => d["@type"] === "BreadcrumbList")).toBeDefined();
  });

  it("describes a fact as a schema.org Claim with its citation", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const { factId } = await publishedFact(relation.id, generalFact("A claim with structured data."), actor);
    const data = await jsonLd(`/facts/${factId}`);
    const claim = data.find((d) => d["@type"] === "Claim");
    expect(claim).toMatchObject({ text: "A claim with structured data.", temporalCoverage: "2001-05-06" });
    expect(claim?.citation).toEqual([expect.objectContaining({ name: "Example source" })]);
  });

  it("lists published pages in sitemap.xml, and no relation that only has drafts", async () => {
    const published = await createRelation();
    const draftOnly = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const { factId } = await publishedFact(published.id, generalFact("In the sitemap."), actor);
    await createFact({ relationId: draftOnly.id, content: generalFact("Not in the sitemap."), note: "n", actor });

    const sitemap = await fetchText(`${web}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    expect(sitemap.type).toMatch(/xml/);
    const urls = (await parseXml(sitemap.text, "url")).map((u) => String(u.children.loc));
    expect(urls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/relations\/azerbaijan-canada$/),
        expect.stringMatching(new RegExp(`/relations/${published.slug}$`)),
        expect.stringMatching(new RegExp(`/facts/${factId}$`)),
        expect.stringMatching(/\/countries\/azerbaijan$/),
      ]),
    );
    expect(urls.some((u) => u.endsWith(`/relations/${draftOnly.slug}`))).toBe(false);

    const robots = await fetchText(`${web}/robots.txt`);
    expect(robots.text).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  it("publishes changes in Atom feeds, site-wide and per relation, never a draft", async () => {
    const relation = await createRelation();
    const other = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const fact = await publishedFact(relation.id, generalFact("Feed wording one."), actor);
    await publishEdit({ factId: fact.factId, revisionId: fact.revision.id }, generalFact("Feed wording two."), actor);
    await publishedFact(other.id, generalFact("A change in another relation."), actor);
    const withdrawn = await publishedFact(relation.id, generalFact("Feed fact later withdrawn."), actor);
    await unpublishFact({ factId: withdrawn.factId, actor });
    await createFact({
      relationId: relation.id,
      content: generalFact("Feed draft, never published."),
      note: "n",
      actor,
    });

    const feed = await fetchText(`${web}/relations/${relation.slug}/feed.xml`);
    expect(feed.type).toMatch(/application\/atom\+xml/);
    expect(feed.text).not.toContain("Feed draft, never published.");
    expect(feed.text).not.toContain("A change in another relation.");
    const entries = await parseXml(feed.text, "entry");
    expect(entries.map((e) => String(e.children.title).split(":")[0])).toEqual([
      "Withdrawn",
      "Published",
      "Updated",
      "Published",
    ]);
    expect(entries[2]?.text).toContain("Feed wording two.");
    expect(entries[2]?.text).toContain("It read before: Feed wording one.");
    expect(String(entries[2]?.children.link)).toMatch(new RegExp(`/facts/${fact.factId}\\?asOf=`));
    expect(new Set(entries.map((e) => e.children.id)).size).toBe(4);

    // Site-wide: the latest 50 changes, so ours are there unless 50 newer ones pushed them out.
    const site = await parseXml((await fetchText(`${web}/feed.xml`)).text, "entry");
    const ours = site.filter((e) => e.text.includes("Feed wording two."));
    const updated = site.map((e) => Date.parse(String(e.children.updated)));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(ours.length === 1 || site.length === 50).toBe(true);
    expect(site.some((e) => e.text.includes("Feed draft, never published."))).toBe(false);
  });
});
