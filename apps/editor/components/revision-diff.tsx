import type { FieldChange } from "@dyad/db";
import { enumLabel, pathLabel } from "../lib/labels";

/** A structured diff as a table: each changed field, before and after; changed text word by word. */
export function RevisionDiff({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <p>These revisions say the same thing.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Changes between the two revisions</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.path.join(".")}>
              <th scope="row">
                {pathLabel(c.path)}
                <div className="small muted">{c.type}</div>
              </th>
              {c.words ? (
                <td colSpan={2} className="diff-value">
                  {c.words.map((w, i) =>
                    w.added ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts are positional
                      <ins key={i}>{w.value}</ins>
                    ) : w.removed ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts are positional
                      <del key={i}>{w.value}</del>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts are positional
                      <span key={i}>{w.value}</span>
                    ),
                  )}
                </td>
              ) : (
                <>
                  <td className="diff-value">{c.type === "added" ? "—" : <del>{show(c.before)}</del>}</td>
                  <td className="diff-value">{c.type === "removed" ? "—" : <ins>{show(c.after)}</ins>}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "(empty)";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "(none)";
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${pathLabel(k)}: ${show(v)}`)
      .join("; ");
  }
  return typeof value === "string" && /^[A-Z][A-Z_]{3,}$/.test(value) ? enumLabel(value) : String(value);
}
