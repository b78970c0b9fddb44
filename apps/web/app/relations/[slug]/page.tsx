import { AppError, formatValidTime, getPublicRelation, type RevisionView, SECTIONS, type TSection } from "@dyad/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

const SECTION_TITLES: Record<TSection, string> = {
  background: "Background",
  missions: "Diplomatic missions",
  agreements: "Agreements",
  visits: "Visits and meetings",
  parliament: "Parliamentary links",
  economy: "Economy",
  education: "Education",
  culture: "Culture",
  other: "Other",
};

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
}

async function load(props: Props) {
  const { slug } = await props.params;
  const { asOf } = await props.searchParams;
  try {
    return await getPublicRelation({ slug, asOf: typeof asOf === "string" ? asOf : undefined });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { relation } = await load(props);
  return { title: relation.name, description: `Dated, sourced facts about ${relation.name}.` };
}

export default async function RelationPage(props: Props) {
  const { relation, asOf, facts } = await load(props);
  const citations = numberCitations(facts);
  return (
    <article>
      <h1>{relation.name}</h1>
      {asOf && (
        <p className="banner" role="status">
          You are reading this page as it was published on <strong>{asOf}</strong>.{" "}
          <a href={`/relations/${relation.slug}`}>See the current version</a>.
        </p>
      )}
      <p className="muted">Last updated {relation.updatedAt.slice(0, 10)}.</p>
      {SECTIONS.map((section) => {
        const inSection = facts.filter((f) => f.section === section);
        if (inSection.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`section-${section}`}>
            <h2 id={`section-${section}`}>{SECTION_TITLES[section]}</h2>
            <ul className="facts">
              {inSection.map((fact) => (
                <li key={fact.factId} data-fact-id={fact.factId}>
                  {formatValidTime(fact.validTime) && <time>{formatValidTime(fact.validTime)}</time>}
                  {fact.statement}
                  {fact.sources.map((s) => (
                    <sup key={s.id}>
                      <a href={`#source-${citations.get(s.id)}`}>[{citations.get(s.id)}]</a>
                    </sup>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {facts.length === 0 && <p>No facts are published for this relation{asOf ? " at that time" : ""}.</p>}
      {citations.size > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ol className="sources">
            {[...uniqueSources(facts)].map((s) => (
              <li key={s.id} id={`source-${citations.get(s.id)}`}>
                {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                {s.publisher && <span className="muted"> · {s.publisher}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

function uniqueSources(facts: RevisionView[]) {
  const byId = new Map<string, RevisionView["sources"][number]>();
  for (const fact of facts) for (const s of fact.sources) if (!byId.has(s.id)) byId.set(s.id, s);
  return byId.values();
}

function numberCitations(facts: RevisionView[]) {
  const numbers = new Map<string, number>();
  for (const s of uniqueSources(facts)) numbers.set(s.id, numbers.size + 1);
  return numbers;
}
