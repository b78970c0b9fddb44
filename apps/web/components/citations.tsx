import type { RevisionView } from "@dyad/db";
import { formatDay } from "../lib/format";

type Source = RevisionView["sources"][number];

/** Number sources in reading order: the first source cited on the page is [1]. */
export function numberSources(facts: RevisionView[]) {
  const numbers = new Map<string, number>();
  const sources: Source[] = [];
  for (const fact of facts) {
    for (const source of fact.sources) {
      if (numbers.has(source.id)) continue;
      numbers.set(source.id, numbers.size + 1);
      sources.push(source);
    }
  }
  return { numbers, sources };
}

/** The numbered citation marks after a fact, linking to the page's source list. */
export function CitationMarks({
  fact,
  numbers,
}: {
  fact: Pick<RevisionView, "sources">;
  numbers: Map<string, number>;
}) {
  return fact.sources.map((s) => {
    const n = numbers.get(s.id);
    return (
      <sup key={s.id} className="cite">
        <a href={`#source-${n}`} title={s.locator ? `${s.title}, ${s.locator}` : s.title}>
          [{n}]
        </a>
      </sup>
    );
  });
}

/** Only http(s) addresses become links (the schema refuses others; this holds for any stored row). */
const isHttpUrl = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

export function SourceDetails({ source }: { source: Source }) {
  return (
    <>
      {isHttpUrl(source.url) ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
      {source.publisher && <span className="muted"> · {source.publisher}</span>}
      {source.publishedOn && <span className="muted"> · published {formatDay(source.publishedOn)}</span>}
      {source.accessedOn && <span className="muted"> · accessed {formatDay(source.accessedOn)}</span>}
    </>
  );
}

/** The numbered list the citation marks point to. */
export function SourceList({ sources, headingId = "sources" }: { sources: Source[]; headingId?: string }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Sources</h2>
      <ol className="sources">
        {sources.map((s, i) => (
          <li key={s.id} id={`source-${i + 1}`}>
            <SourceDetails source={s} />
          </li>
        ))}
      </ol>
    </section>
  );
}
