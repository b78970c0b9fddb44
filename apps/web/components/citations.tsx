import { isWikipediaUrl, WIKIPEDIA_TEXT_LICENCE } from "@dyad/core/licence";
import { hasFollowableSource, type RevisionView } from "@dyad/db";
import { formatDay } from "../lib/format";
import { routes } from "../lib/routes";

type Source = RevisionView["sources"][number];

/**
 * Number sources in reading order: the first source cited on the page is [1]. `citedBy` lists,
 * per source, the facts citing it in page order, for the links back from the source list.
 */
export function numberSources(facts: RevisionView[]) {
  const numbers = new Map<string, number>();
  const sources: Source[] = [];
  const citedBy = new Map<string, string[]>();
  for (const fact of facts) {
    for (const source of fact.sources) {
      citedBy.set(source.id, [...(citedBy.get(source.id) ?? []), fact.factId]);
      if (numbers.has(source.id)) continue;
      numbers.set(source.id, numbers.size + 1);
      sources.push(source);
    }
  }
  return { numbers, sources, citedBy };
}

/** Said beside a fact that cites nothing a reader can follow (no source with an address). */
export function UnsourcedMark({ sources }: { sources: Source[] }) {
  if (hasFollowableSource(sources)) return null;
  return (
    <span className="unsourced" title="No cited source has an address a reader can follow">
      unsourced
    </span>
  );
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

export function SourceDetails({
  source,
}: {
  source: Pick<Source, "title" | "url" | "publisher" | "publishedOn" | "accessedOn">;
}) {
  return (
    <>
      {isHttpUrl(source.url) ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
      {source.publisher && <span className="muted"> · {source.publisher}</span>}
      {source.publishedOn && <span className="muted"> · published {formatDay(source.publishedOn)}</span>}
      {source.accessedOn && <span className="muted"> · accessed {formatDay(source.accessedOn)}</span>}
    </>
  );
}

/**
 * The numbered list the citation marks point to. Each entry links to the source's own page
 * (every claim citing it) and, given `citedBy`, back to each claim on this page that cites it.
 */
export function SourceList({
  sources,
  headingId = "sources",
  citedBy,
}: {
  sources: Source[];
  headingId?: string;
  citedBy?: Map<string, string[]>;
}) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Sources</h2>
      <ol className="sources">
        {sources.map((s, i) => (
          <li key={s.id} id={`source-${i + 1}`}>
            <SourceDetails source={s} /> · <a href={routes.source(s.id)}>Every claim citing it</a>
            {citedBy?.get(s.id) && (
              <span className="backlinks">
                {" "}
                · cited here by{" "}
                {citedBy.get(s.id)?.map((factId, k) => (
                  <a key={factId} href={`#fact-${factId}`} aria-label={`Back to claim ${k + 1} citing it`}>
                    ↑{k + 1}{" "}
                  </a>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
      <Attribution sources={sources} />
    </section>
  );
}

/** CC BY-SA attribution for statement text taken from Wikipedia articles cited on the page. */
function Attribution({ sources }: { sources: Source[] }) {
  const articles = sources.filter((s) => s.kind === "ARTICLE" && isWikipediaUrl(s.url));
  if (articles.length === 0) return null;
  return (
    <p className="attribution small">
      Statements citing{" "}
      {articles.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ", "}the Wikipedia article <a href={a.url ?? undefined}>“{a.title}”</a>
        </span>
      ))}{" "}
      are taken from it, by its contributors, under{" "}
      <a href={WIKIPEDIA_TEXT_LICENCE.url} rel="license">
        {WIKIPEDIA_TEXT_LICENCE.name}
      </a>
      ; Dyad split them into claims and reviewed them.
    </p>
  );
}
