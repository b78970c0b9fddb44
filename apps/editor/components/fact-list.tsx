import type { FactSummary } from "@dyad/db";
import Link from "next/link";
import { excerpt, formatInstant } from "../lib/format";
import { KIND_LABELS } from "../lib/labels";
import { StateBadge } from "./state-badge";

/** Facts as a list of links with their state, relation and last change. */
export function FactList({ facts, empty }: { facts: FactSummary[]; empty: string }) {
  if (facts.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain">
      {facts.map((f) => (
        <li key={f.id}>
          <Link href={`/facts/${f.id}`}>{excerpt(f.statement) || "(no statement)"}</Link>
          <div className="small muted">
            <StateBadge state={f.reviewState} /> {KIND_LABELS[f.kind as keyof typeof KIND_LABELS] ?? f.kind} ·{" "}
            {f.relationSlug} · revision {f.revisionNumber} by {f.lastAuthor} · {formatInstant(f.updatedAt)}
          </div>
          {f.reviewState === "REJECTED" && f.reviewNote && <div className="small">Reviewer: {f.reviewNote}</div>}
        </li>
      ))}
    </ul>
  );
}
