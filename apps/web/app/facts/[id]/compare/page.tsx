import { compareRevisions } from "@dyad/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompareForm, publishedVersions } from "@/components/fact-history";
import { RevisionDiff } from "@/components/revision-diff";
import { factTitle, loadFact } from "@/lib/fact-data";
import { firstParam, formatDay } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

// Two public versions of a fact side by side, from the cached fact (revisions that were never
// published cannot be named here: they are not in it). Without ?from/?to: the last change.
interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}

async function load(props: Props) {
  const fact = await loadFact(props.params);
  const query = await props.searchParams;
  const versions = publishedVersions(fact);
  const pick = (raw: string | undefined, fallback: number | undefined) => {
    const number = raw === undefined || raw === "" ? fallback : Number(raw);
    return versions.find((v) => v.revision.number === number);
  };
  const latest = versions.at(-1)?.revision.number;
  const from = pick(firstParam(query.from), versions.at(-2)?.revision.number ?? latest);
  const to = pick(firstParam(query.to), latest);
  if (!from || !to) notFound();
  // Shown oldest → newest whichever way round they were picked.
  const [older, newer] = from.revision.number <= to.revision.number ? [from, to] : [to, from];
  return { fact, older, newer };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { fact, older, newer } = await load(props);
  return pageMetadata({
    title: `Changes to “${factTitle(fact)}”`,
    description: `What changed between version ${older.revision.number} and version ${newer.revision.number} of a fact about ${fact.relation.name}.`,
    path: routes.compare(fact.factId, older.revision.number, newer.revision.number),
    noindex: true,
  });
}

export default async function ComparePage(props: Props) {
  const { fact, older, newer } = await load(props);
  const label = (v: typeof older) => `Version ${v.revision.number} (${formatDay(v.firstPublishedAt)})`;
  return (
    <article>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> › <a href={routes.relation(fact.relation.slug)}>{fact.relation.name}</a> ›{" "}
        <a href={routes.fact(fact.factId)}>{factTitle(fact)}</a>
      </nav>
      <h1>What changed</h1>
      <p>
        Comparing <a href={routes.fact(fact.factId, older.version)}>{label(older)}</a> with{" "}
        <a href={routes.fact(fact.factId, newer.version)}>{label(newer)}</a> of “{factTitle(fact)}”.
      </p>
      <RevisionDiff diff={compareRevisions(older.revision, newer.revision)} from={label(older)} to={label(newer)} />
      <CompareForm fact={fact} from={older.revision.number} to={newer.revision.number} />
      <p>
        <a href={routes.fact(fact.factId)}>Back to the fact and its history</a>
      </p>
    </article>
  );
}
