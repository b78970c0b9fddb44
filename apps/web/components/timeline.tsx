import { buildTimeline, type RevisionView } from "@dyad/db";

/** The relation's dated facts in date order; each entry links to the fact in its section. */
export function Timeline({ facts }: { facts: RevisionView[] }) {
  const years = buildTimeline(facts);
  if (years.length === 0) return null;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      <ol className="timeline">
        {years.map(({ year, entries }) => (
          <li key={year}>
            <h3 className="year">{year}</h3>
            <ol>
              {entries.map((e) => (
                <li key={e.factId}>
                  <time dateTime={e.start}>{e.when}</time> <a href={`#fact-${e.factId}`}>{e.label}</a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
