import type { Anomaly, ArticleBlock } from "@dyad/db";

/** A paragraph of the article, with the spans the importer flagged marked and explained. */
export function ArticleBlockView({ block, anomalies }: { block: ArticleBlock; anomalies: Anomaly[] }) {
  const spans = [...anomalies].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((a, i) => {
    if (a.start < at) return; // overlapping spans: the first one is marked
    parts.push(block.text.slice(at, a.start));
    parts.push(
      <mark key={a.start} aria-describedby={`anomaly-${block.index}-${i}`}>
        {block.text.slice(a.start, a.end)}
      </mark>,
    );
    at = a.end;
  });
  parts.push(block.text.slice(at));
  return (
    <div>
      <p className="small muted">{block.heading}</p>
      <p>{parts}</p>
      {spans.length > 0 && (
        <ul className="small">
          {spans.map((a, i) => (
            <li key={`${a.rule}-${a.start}`} id={`anomaly-${block.index}-${i}`}>
              <strong>{a.rule.replace(/_/g, " ").toLowerCase()}</strong>: {a.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
