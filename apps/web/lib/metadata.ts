import type { RelationPage } from "@dyad/db";
import type { Metadata } from "next";
import { formatInstant, plural } from "./format";
import { absoluteUrl, SITE_NAME } from "./site";

/** Title, description, canonical address, Open Graph and feed link of a page, in one shape. */
export function pageMetadata(options: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  modifiedTime?: string | null;
  feed?: { path: string; title: string };
  /** Archived views, search results: reachable, not to be indexed as pages of their own. */
  noindex?: boolean;
}): Metadata {
  const url = absoluteUrl(options.path);
  return {
    title: options.title,
    description: options.description,
    alternates: {
      canonical: url,
      ...(options.feed
        ? { types: { "application/atom+xml": [{ url: absoluteUrl(options.feed.path), title: options.feed.title }] } }
        : {}),
    },
    openGraph: {
      title: options.title,
      description: options.description,
      url,
      siteName: SITE_NAME,
      type: options.type ?? "website",
      locale: "en",
      ...(options.type === "article" && options.modifiedTime ? { modifiedTime: options.modifiedTime } : {}),
    },
    twitter: { card: "summary", title: options.title, description: options.description },
    ...(options.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** "36 dated, sourced facts about Azerbaijan–Canada relations: …" (or the relation's summary). */
export function relationDescription(page: RelationPage, asOf?: string): string {
  const { relation, facts } = page;
  if (relation.summary && !asOf) return relation.summary;
  const when = asOf ? ` as published on ${formatInstant(asOf)}` : "";
  return `${plural(facts.length, "dated, sourced fact")} about ${relation.name}${when}: diplomatic missions, agreements, visits, parliamentary links, trade, education and culture.`;
}
