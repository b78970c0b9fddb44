import { type FactSetChanges, type FieldChange, type RevisionView, timelineLabel } from "@dyad/db";
import { routes } from "../lib/routes";

/** Facts added, changed (statement word by word, then the other fields) and withdrawn. */
export function FactChangeList({ changes, asOf }: { changes: FactSetChanges<RevisionView>; asOf: string | null }) {
  const { added, changed, withdrawn } = changes;
  if (added.length + changed.length + withdrawn.length === 0) return <p>Nothing changed between these dates.</p>;
  return (
    <>
      {added.length > 0 && (
        <section aria-labelledby="changes-added">
          <h2 id="changes-added">Added</h2>
          <ul className="facts">
            {added.map((f) => (
              <li key={f.factId}>
                <a href={routes.fact(f.factId, asOf)}>{timelineLabel(f)}</a>: {f.statement}
              </li>
            ))}
          </ul>
        </section>
      )}
      {changed.length > 0 && (
        <section aria-labelledby="changes-changed">
          <h2 id="changes-changed">Changed</h2>
          <ul className="facts">
            {changed.map(({ before, after, changes: fields }) => (
              <li key={after.factId}>
                <a href={routes.fact(after.factId, asOf)}>{timelineLabel(after)}</a>:{" "}
                <Words change={fields.find((c) => c.path[0] === "statement")} fallback={after.statement} />
                <FieldList changes={fields.filter((c) => c.path[0] !== "statement")} />{" "}
                <a href={routes.compare(after.factId, before.number, after.number)}>
                  Compare version {before.number} with {after.number}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {withdrawn.length > 0 && (
        <section aria-labelledby="changes-withdrawn">
          <h2 id="changes-withdrawn">Withdrawn</h2>
          <ul className="facts">
            {withdrawn.map((f) => (
              <li key={f.factId}>
                <a href={routes.fact(f.factId)}>{timelineLabel(f)}</a>: it read “{f.statement}”
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Words({ change, fallback }: { change: FieldChange | undefined; fallback: string }) {
  if (!change?.words) return <span>{fallback}</span>;
  return (
    <span className="statement-text">
      {change.words.map((part, i) =>
        part.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable diff, never reordered
          <ins key={i} className="diff">
            <span className="visually-hidden">[added: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </ins>
        ) : part.removed ? (
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
    </span>
  );
}

const show = (value: unknown) =>
  value === undefined || value === null ? "—" : typeof value === "string" ? value : JSON.stringify(value);

function FieldList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="field-changes">
      {changes.map((c) => (
        <li key={c.path.join(".")}>
          {c.path.join(" › ")}:{" "}
          {c.type === "added"
            ? `added ${show(c.after)}`
            : c.type === "removed"
              ? `removed (was ${show(c.before)})`
              : `${show(c.before)} → ${show(c.after)}`}
        </li>
      ))}
    </ul>
  );
}
