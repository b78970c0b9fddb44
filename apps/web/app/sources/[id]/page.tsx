import { AppError, getPublicSource, groupBySentence, readPublished } from "@dyad/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceDetails } from "@/components/citations";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { isUuid, routes } from "@/lib/routes";

// Rendered per request: a source's claims change with any publish of any relation citing it, and
// the id is bounded input (a UUID, else 404 before any query).
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

async function load(props: Props) {
  const { id } = await props.params;
  if (!isUuid(id)) notFound();
  try {
    return await readPublished(() => getPublicSource({ sourceId: id }));
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { source } = await load(props);
  return pageMetadata({
    title: `${source.title}: source`,
    description: `Every published claim that cites ${source.title}.`,
    path: routes.source(source.id),
  });
}

/** A source and every published claim citing it, each linking to its place on its relation page. */
export default async function SourcePage(props: Props) {
  const { source, claims } = await load(props);
  const relations = [...new Map(claims.map((c) => [c.relation.slug, c.relation])).values()];
  return (
    <article>
      <p className="breadcrumb">Source</p>
      <h1>{source.title}</h1>
      <p>
        <SourceDetails source={source} />
      </p>
      {!source.followable && (
        <p className="notice warn">
          This source has no address a reader can follow: the claims below are marked “unsourced”.
        </p>
      )}
      {relations.map((relation) => {
        const inRelation = claims.filter((c) => c.relation.slug === relation.slug);
        const sentences = groupBySentence(inRelation);
        return (
          <section key={relation.slug} aria-labelledby={`cited-in-${relation.slug}`}>
            <h2 id={`cited-in-${relation.slug}`}>
              Cited in <a href={routes.relation(relation.slug)}>{relation.name}</a> (
              {plural(inRelation.length, "claim")})
            </h2>
            <ul className="facts">
              {sentences.map(({ statement, claims: group }) => (
                <li key={statement}>
                  <span className="statement">{statement}</span>{" "}
                  {group.map((c, i) => (
                    <a key={c.factId} className="permalink" href={`${routes.relation(relation.slug)}#fact-${c.factId}`}>
                      {i === 0 ? "On the page" : `claim ${i + 1}`}
                      <span className="visually-hidden"> (claim {i + 1} of this sentence)</span>
                    </a>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
