import type { RevisionComparison } from "@dyad/db";
import { SourceDetails } from "./citations";

/**
 * A readable difference between two versions: the sentence with removed words struck through
 * and added words underlined (and named for screen readers), then the fields and citations.
 */
export function RevisionDiff({ diff, from, to }: { diff: RevisionComparison; from: string; to: string }) {
  if (diff.unchanged) return <p>These two versions say the same thing.</p>;
  const { added, removed, relocated } = diff.sources;
  return (
    <>
      <section aria-labelledby="diff-statement">
        <h2 id="diff-statement">Statement</h2>
        {diff.statementChanged ? (
          <p className="statement-text">
            {diff.statement.map((part, i) =>
              part.change === "added" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable diff, never reordered
                <ins key={i} className="diff">
                  <span className="visually-hidden">[added: </span>
                  {part.value}
                  <span className="visually-hidden">]</span>
                </ins>
              ) : part.change === "removed" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <del key={i} className="diff">
                  <span className="visually-hidden">[removed: </span>
                  {part.value}
                  <span className="visually-hidden">]</span>
                </del>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <span key={i}>{part.value}</span>
              ),
            )}
          </p>
        ) : (
          <p className="muted">The statement is the same.</p>
        )}
      </section>
      {diff.fields.length > 0 && (
        <section aria-labelledby="diff-fields">
          <h2 id="diff-fields">Details</h2>
          <div className="table-frame">
            <table className="data">
              <caption className="visually-hidden">Details that differ between the two versions</caption>
              <thead>
                <tr>
                  <th scope="col">Detail</th>
                  <th scope="col">{from}</th>
                  <th scope="col">{to}</th>
                </tr>
              </thead>
              <tbody>
                {diff.fields.map((f) => (
                  <tr key={f.key}>
                    <th scope="row">{f.label}</th>
                    <td>{f.before ?? <span className="muted">(none)</span>}</td>
                    <td>{f.after ?? <span className="muted">(none)</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {added.length + removed.length + relocated.length > 0 && (
        <section aria-labelledby="diff-sources">
          <h2 id="diff-sources">Sources</h2>
          <ul>
            {added.map((s) => (
              <li key={`a-${s.id}`}>
                <span className="tag">Added</span> <SourceDetails source={s} />
              </li>
            ))}
            {removed.map((s) => (
              <li key={`r-${s.id}`}>
                <span className="tag">Removed</span> <SourceDetails source={s} />
              </li>
            ))}
            {relocated.map(({ source, before }) => (
              <li key={`l-${source.id}`}>
                <span className="tag">Cited differently</span> <SourceDetails source={source} />: “
                {before ?? "whole source"}” → “{source.locator ?? "whole source"}”
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
