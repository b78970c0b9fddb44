import type { TRelease } from "@dyad/api-contract";
import { DATA_LICENCE, LICENCE_NOTICE, WIKIPEDIA_TEXT_LICENCE } from "@dyad/core/licence";
import { RELEASE_TABLES } from "@dyad/db";
import { absoluteUrl, SITE_NAME } from "../site";

/**
 * What a re-user needs to cite and load a release, beside its data: a Frictionless Data Package
 * (datapackage.json, https://specs.frictionlessdata.io/data-package/) describing its tables with
 * their schemas, and a CITATION.cff (https://citation-file-format.github.io/) that GitHub, Zenodo
 * and reference managers read. Paths in the package are relative, so a mirrored directory of a
 * release's files stays a valid package offline.
 */
export function dataPackage(release: TRelease) {
  return {
    profile: "tabular-data-package",
    name: `dyad-${release.name.toLowerCase()}`,
    id: absoluteUrl(release.url),
    title: `${SITE_NAME} release ${release.name}: bilateral relations between countries`,
    description: `${releaseAbstract(release)} ${LICENCE_NOTICE}`,
    version: release.name,
    created: release.asOf,
    homepage: absoluteUrl(`/releases/${encodeURIComponent(release.name)}`),
    licenses: [
      { name: DATA_LICENCE.identifier, path: DATA_LICENCE.url, title: DATA_LICENCE.name },
      { name: WIKIPEDIA_TEXT_LICENCE.identifier, path: WIKIPEDIA_TEXT_LICENCE.url, title: WIKIPEDIA_TEXT_LICENCE.name },
    ],
    contributors: [{ title: `${SITE_NAME} editors`, role: "publisher", path: absoluteUrl("/") }],
    resources: [
      {
        name: "facts-ndjson",
        path: "facts.ndjson",
        format: "ndjson",
        mediatype: "application/x-ndjson",
        encoding: "utf-8",
        hash: `sha256:${release.contentHash}`,
        description: "The canonical serialization (docs/releases.md): its SHA-256 is the release's contentHash",
      },
      ...Object.values(RELEASE_TABLES).map((table) => ({
        profile: "tabular-data-resource",
        name: table.name,
        path: `${table.name}.csv`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        description: table.description,
        dialect: { delimiter: ",", doubleQuote: true, header: true },
        schema: {
          fields: table.fields.map(({ name, type, format, description }) => ({
            name,
            type,
            ...(format ? { format } : {}),
            description,
          })),
          primaryKey: table.primaryKey,
          ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
          missingValues: [""],
        },
      })),
    ],
  };
}

const releaseAbstract = (release: TRelease) =>
  `Every fact ${SITE_NAME} published as of ${release.asOf}: ${release.factCount} dated, sourced facts ` +
  `about ${release.manifest.relationCount} bilateral relations, each with its revision and its sources.` +
  (release.notes ? ` ${release.notes}` : "");

/** A YAML scalar: JSON's double-quoted strings are valid YAML double-quoted scalars. */
const yaml = (value: string) => JSON.stringify(value);

/** CITATION.cff 1.2.0 for a release: a dataset, its version, date, licence and content hash. */
export function citationCff(release: TRelease): string {
  return [
    "cff-version: 1.2.0",
    `message: ${yaml(`If you use this data, please cite ${SITE_NAME} release ${release.name} as below.`)}`,
    "type: dataset",
    `title: ${yaml(`${SITE_NAME}: bilateral relations between countries`)}`,
    `version: ${yaml(release.name)}`,
    `date-released: ${yaml(release.asOf.slice(0, 10))}`,
    "authors:",
    `  - name: ${yaml(`${SITE_NAME} editors`)}`,
    `abstract: ${yaml(releaseAbstract(release))}`,
    `license: ${yaml(DATA_LICENCE.identifier)}`,
    `url: ${yaml(absoluteUrl(release.url))}`,
    "identifiers:",
    "  - type: url",
    `    value: ${yaml(absoluteUrl(release.url))}`,
    `    description: ${yaml("The release's manifest")}`,
    "  - type: other",
    `    value: ${yaml(`sha256:${release.contentHash}`)}`,
    `    description: ${yaml("SHA-256 of facts.ndjson, the release's canonical serialization")}`,
    "keywords:",
    "  - international relations",
    "  - bilateral relations",
    "  - diplomacy",
    "",
  ].join("\n");
}
