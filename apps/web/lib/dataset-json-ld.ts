import type { TRelease } from "@dyad/api-contract";
import { DATA_LICENCE } from "@dyad/core/licence";
import { routes } from "./routes";
import { absoluteUrl, SITE_NAME } from "./site";

const DOWNLOADS: { key: keyof TRelease["links"]; format: string; name: string }[] = [
  { key: "ndjson", format: "application/x-ndjson", name: "facts.ndjson (canonical; its SHA-256 is the release hash)" },
  { key: "csv", format: "text/csv", name: "facts.csv" },
  { key: "json", format: "application/json", name: "facts.json" },
  { key: "datapackage", format: "application/json", name: "datapackage.json (Frictionless Data Package)" },
];

/**
 * schema.org Dataset for a release page, as Google Dataset Search and other dataset search
 * engines read it: name, description, version, licence, creator, downloads and the content hash.
 */
export function releaseJsonLd(release: TRelease) {
  const url = absoluteUrl(routes.release(release.name));
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": url,
    url,
    name: `${SITE_NAME} release ${release.name}`,
    description:
      `Every fact ${SITE_NAME} had published as of ${release.asOf}: ${release.factCount} dated, sourced facts about ` +
      `${release.manifest.relationCount} bilateral relations between countries, with revisions and sources.`,
    version: release.name,
    datePublished: release.createdAt,
    identifier: `sha256:${release.contentHash}`,
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") },
    keywords: ["international relations", "bilateral relations", "diplomacy", "treaties", "trade"],
    ...(release.previous ? { isBasedOn: absoluteUrl(routes.release(release.previous.name)) } : {}),
    distribution: DOWNLOADS.map((d) => ({
      "@type": "DataDownload",
      name: d.name,
      encodingFormat: d.format,
      contentUrl: absoluteUrl(release.links[d.key] as string),
    })),
  };
}
