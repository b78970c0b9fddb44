import { ZReleaseName } from "@dyad/api-contract";
import { DATA_LICENCE, LICENCE_NOTICE } from "@dyad/core/licence";
import { AppError, getRelease } from "@dyad/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dataPackage } from "@/lib/api/release-package";
import { releaseJsonLd } from "@/lib/dataset-json-ld";
import { plural } from "@/lib/format";
import { JsonLd } from "@/lib/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

// A release never changes; rendering it is one primary-key read, and names are bounded input.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ name: string }>;
}

async function load(props: Props) {
  const { name } = await props.params;
  if (!ZReleaseName.safeParse(name).success) notFound();
  try {
    return await getRelease({ name });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const release = await load(props);
  return pageMetadata({
    title: `Release ${release.name}`,
    description: `Dyad's data as of ${release.asOf}: ${release.factCount} facts, with their revisions and sources.`,
    path: routes.release(release.name),
  });
}

/** A release for people and dataset search engines: what it holds, how to cite it, its files. */
export default async function ReleasePage(props: Props) {
  const { id: _id, ...release } = await load(props);
  const files = dataPackage(release).resources.map((r) => r.path);
  return (
    <article>
      <JsonLd data={releaseJsonLd(release)} />
      <p className="breadcrumb">Release</p>
      <h1>Release {release.name}</h1>
      <p>
        Everything Dyad had published as of <time dateTime={release.asOf}>{release.asOf}</time>:{" "}
        {plural(release.factCount, "fact")} about {plural(release.manifest.relationCount, "relation")}.
      </p>
      {release.notes && <p>{release.notes}</p>}
      <p>
        SHA-256 of facts.ndjson: <code>{release.contentHash}</code>
        {release.previous && (
          <>
            {" "}
            (previous release: <a href={routes.release(release.previous.name)}>{release.previous.name}</a>)
          </>
        )}
      </p>
      <h2>Files</h2>
      <ul>
        {files.map((file) => (
          <li key={file}>
            <a href={`${release.url}/${file}`}>{file}</a> (<a href={`${release.url}/${file}.gz`}>gzip</a>,{" "}
            <a href={`${release.url}/${file}.br`}>brotli</a>)
          </li>
        ))}
        <li>
          <a href={release.links.datapackage}>datapackage.json</a> (Frictionless Data Package) and{" "}
          <a href={release.links.citation}>CITATION.cff</a>
        </li>
      </ul>
      <h2>Licence</h2>
      <p>
        <a href={DATA_LICENCE.url} rel="license">
          {DATA_LICENCE.name}
        </a>
        . {LICENCE_NOTICE}
      </p>
    </article>
  );
}
