import { locateVersion, parseAsOf } from "@dyad/db";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AsOfBanner } from "../../../../components/as-of-banner";
import { RelationArticle } from "../../../../components/relation-article";
import { firstParam, formatDay } from "../../../../lib/format";
import { pageMetadata, relationDescription } from "../../../../lib/metadata";
import { relationPage } from "../../../../lib/public-data";
import { isSlug, routes } from "../../../../lib/routes";

// `/relations/<slug>?asOf=<instant>` (rewritten here by next.config.ts): the page as it was
// published then. Rendered per request, but the instant is first resolved to the version in
// effect (a publication instant, from the cached list of versions) and the content is cached
// per version, so no view queries the database and the cache holds one entry per version.
interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
}

async function load(props: Props) {
  const { slug } = await props.params;
  const raw = firstParam((await props.searchParams).asOf)?.trim();
  if (!isSlug(slug)) notFound();
  if (!raw) redirect(routes.relation(slug));
  let at: Date;
  try {
    at = parseAsOf(raw);
  } catch {
    notFound();
  }
  const now = await relationPage(slug, null);
  if (!now) notFound();
  const position = locateVersion(now.versions, at);
  const then = position.current ? await relationPage(slug, position.current) : null;
  const page = then ?? { ...now, facts: [], firstPublishedAt: null, lastPublishedAt: null };
  return { page, position, asOf: at.toISOString() };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page, asOf } = await load(props);
  return pageMetadata({
    title: `${page.relation.name} (as of ${formatDay(asOf)})`,
    description: relationDescription(page, asOf),
    path: routes.relation(page.relation.slug, asOf),
    type: "article",
    noindex: true,
  });
}

export default async function PastRelationPage(props: Props) {
  const { page, position, asOf } = await load(props);
  const { slug, name } = page.relation;
  return (
    <RelationArticle
      page={page}
      asOf={asOf}
      banner={
        <AsOfBanner
          asOf={asOf}
          position={position}
          subject={name}
          href={(version) => routes.relation(slug, version)}
          currentHref={routes.relation(slug)}
        />
      }
    />
  );
}
