import { AppError, diffRevisions, getFactForEditor, listFactRevisions, listFlagDecisions } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreButton } from "@/components/restore-button";
import { RevisionDiff } from "@/components/revision-diff";
import { requirePageActor } from "@/lib/auth/session";
import { excerpt, formatInstant } from "@/lib/format";

export const metadata: Metadata = { title: "History" };

const DECISION_LABELS = { applied: "Applied a suggestion:", dismissed: "Dismissed:", resolved: "Resolved:" } as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function HistoryPage(props: Props) {
  const { id } = await props.params;
  const query = await props.searchParams;
  const actor = await requirePageActor("EDITOR", `/facts/${id}/history`);
  const fact = await getFactForEditor({ factId: id, actor }).catch((error) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) notFound();
    throw error;
  });
  const [revisions, decisions] = await Promise.all([
    listFactRevisions({ factId: id }),
    listFlagDecisions({ factId: id, actor }),
  ]);
  const newest = revisions[revisions.length - 1];
  const pick = (value: unknown, fallback: string | undefined) =>
    revisions.some((r) => r.revisionId === value) ? (value as string) : fallback;
  const to = pick(query.to, newest?.revisionId);
  const from = pick(query.from, revisions[revisions.length - 2]?.revisionId ?? to);
  const diff = from && to ? await diffRevisions({ factId: id, fromRevisionId: from, toRevisionId: to, actor }) : null;
  const editable = !fact.deletedAt && fact.draft;

  return (
    <>
      <p className="small">
        <Link href={`/facts/${id}`}>Back to the fact</Link>
      </p>
      <h1>History</h1>
      <p className="muted">{excerpt(fact.draft?.statement ?? "", 200)}</p>
      <h2>Compare two revisions</h2>
      <form method="get" className="row">
        {(["from", "to"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`compare-${name}`}>{name === "from" ? "From revision" : "To revision"}</label>
            <select id={`compare-${name}`} name={name} defaultValue={name === "from" ? from : to}>
              {revisions.map((r) => (
                <option key={r.revisionId} value={r.revisionId}>
                  {r.number} — {r.authorName}, {formatInstant(r.createdAt)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field" style={{ flex: "0 0 auto" }}>
          <button type="submit">Compare</button>
        </div>
      </form>
      {diff && (
        <section aria-labelledby="diff-heading">
          <h3 id="diff-heading">
            Revision {diff.from.number} → revision {diff.to.number}
          </h3>
          <RevisionDiff changes={diff.changes} />
        </section>
      )}
      {decisions.length > 0 && (
        <section aria-labelledby="decisions-heading">
          <h2 id="decisions-heading">Decisions on warnings</h2>
          <ul className="plain">
            {decisions.map((d) => (
              <li key={`${d.at}-${d.rule}-${d.detail}`}>
                <strong>{DECISION_LABELS[d.decision]}</strong> {d.rule} — {d.detail}
                <div className="small muted">
                  {d.actorName}, {formatInstant(d.at)}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Every revision</h2>
      <ol reversed className="plain">
        {[...revisions].reverse().map((r) => (
          <li key={r.revisionId} id={`revision-${r.number}`}>
            <strong>Revision {r.number}</strong> by {r.authorName}, {formatInstant(r.createdAt)}{" "}
            {r.revisionId === fact.draft?.revisionId && <span className="badge DRAFT">latest draft</span>}{" "}
            {r.revisionId === fact.published?.revisionId && <span className="badge PUBLISHED">public</span>}
            <div>Note: {r.note}</div>
            <div className="small muted">{excerpt(r.statement, 240)}</div>
            {editable && fact.draft && r.revisionId !== fact.draft.revisionId && (
              <div className="actions">
                <RestoreButton
                  factId={id}
                  revisionId={r.revisionId}
                  number={r.number}
                  currentRevisionId={fact.draft.revisionId}
                />
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
