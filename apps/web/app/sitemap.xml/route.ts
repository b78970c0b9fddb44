import { listReleases } from "@dyad/db";
import { GET_ONLY } from "@/lib/api/read-only-methods";
import { textResponse } from "@/lib/api/respond";
import { sitemapEntries } from "@/lib/public-data";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site";

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// Rendered per request from cached reads, and DYAD_PUBLIC_URL is read when served, not built.
export const dynamic = "force-dynamic";

/** Every release, newest first, following the list's pages. */
async function releaseNames() {
  const all: { name: string; createdAt: string }[] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await listReleases({ limit: 1000, cursor });
    all.push(...page.data);
    if (!page.meta.nextCursor) return all;
    cursor = page.meta.nextCursor;
  }
}

/** sitemap.xml of every public page worth crawling, from a cached read (tag "relations"). */
export async function GET(request: Request) {
  const base = siteUrl();
  const [{ relations, countries, facts }, releases] = await Promise.all([sitemapEntries(), releaseNames()]);
  const url = (path: string, lastModified?: string) =>
    `  <url><loc>${xml(new URL(path, base).toString())}</loc>${lastModified ? `<lastmod>${lastModified}</lastmod>` : ""}</url>`;
  const body = [
    url(
      routes.home(),
      relations
        .map((r) => r.lastModified)
        .sort()
        .at(-1),
    ),
    url(routes.countries()),
    ...relations.map((r) => url(routes.relation(r.slug), r.lastModified)),
    ...relations.map((r) => url(routes.relationHistory(r.slug), r.lastModified)),
    ...countries.map((c) => url(routes.country(c.slug), c.lastModified)),
    ...facts.map((f) => url(routes.fact(f.id), f.lastModified)),
    // Each release's page (its Dataset markup is what dataset search engines index); a release never changes.
    ...releases.map((r) => url(routes.release(r.name), r.createdAt)),
  ];
  return textResponse(
    request,
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body.join("\n")}\n</urlset>\n`,
    "application/xml; charset=utf-8",
    [...relations.map((r) => r.lastModified), ...releases.map((r) => r.createdAt)].sort().at(-1),
  );
}

/** Every other method: 405 with Allow. */
export const { POST, PUT, PATCH, DELETE } = GET_ONLY;
