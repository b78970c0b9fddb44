import type { ChangeSetView } from "@dyad/db";
import Link from "next/link";
import { mergeChangeAction, reviewChangeSetAction } from "@/app/change-sets/actions";
import { pathLabel } from "@/lib/labels";
import { RevisionDiff } from "../revision-diff";
import { ActionForm } from "./action-form";

type Item = ChangeSetView["items"][number];
const STATUS = { new: "New fact", changed: "Changed", withdrawn: "Withdrawn" } as const;

/** One change of a change-set on its review page: what the public sees now against the proposal. */
export function ChangeItem({ item, setId, canReview }: { item: Item; setId: string; canReview: boolean }) {
  const title =
    item.kind === "summary" ? `Summary of ${item.relationSlug}` : (item.proposed ?? item.current)?.statement;
  return (
    <article className="change-item" aria-label={title}>
      <h3>
        {item.kind === "fact" ? STATUS[item.status] : "Summary"}: {title}
      </h3>
      <p className="small muted">
        Review: {item.reviewState.toLowerCase().replace("_", " ")} · by {item.editedBy}
        {item.kind === "fact" && (
          <>
            {" "}
            · <Link href={`/facts/${item.factId}?changeSet=${setId}`}>Open the fact</Link>
          </>
        )}
      </p>
      <p>
        <strong>Change note:</strong> {item.note}
      </p>
      {item.stale && (
        <div className="notice warn">
          <p>This changed since the change was proposed: what it was based on is no longer the latest.</p>
          {item.kind === "fact" && canReview && (
            <ActionForm action={mergeChangeAction} label="Merge with the newer revision">
              <input type="hidden" name="changeSetId" value={setId} />
              <input type="hidden" name="itemId" value={item.id} />
              <button type="submit">Merge with the newer revision</button>
            </ActionForm>
          )}
        </div>
      )}
      {item.kind === "fact" && item.competing.length > 0 && (
        <p className="notice warn">
          Also proposed in{" "}
          {item.competing.map((c) => (
            <Link key={c.id} href={`/change-sets/${c.id}`}>
              {c.title}
            </Link>
          ))}
          : the one published second is merged at its review.
        </p>
      )}
      {item.kind === "summary" ? (
        <p className="diff-value">
          {item.words.map((w, i) => {
            const key = `${i}:${w.value}`;
            return w.added ? (
              <ins key={key}>{w.value}</ins>
            ) : w.removed ? (
              <del key={key}>{w.value}</del>
            ) : (
              <span key={key}>{w.value}</span>
            );
          })}
        </p>
      ) : item.status === "changed" ? (
        <RevisionDiff changes={item.changes} />
      ) : (
        <blockquote>{(item.proposed ?? item.current)?.statement}</blockquote>
      )}
      {item.kind === "fact" && item.flags.length > 0 && (
        <ul aria-label="Open flags">
          {item.flags.map((f) => (
            <li key={f.id}>
              Flag {pathLabel(f.rule)}: {f.message} («{f.excerpt}»)
            </li>
          ))}
        </ul>
      )}
      {item.kind === "fact" && item.proposed && (
        <p className="small">
          Citations:{" "}
          {item.proposed.sources.map((s) => (s.url ? `${s.title} (${s.url})` : s.title)).join("; ") || "none"}
        </p>
      )}
      {item.reviews.length > 0 && (
        <ul aria-label="Review history of this change">
          {item.reviews.map((r) => (
            <li key={String(r.id)}>
              {r.actorName}: {r.decision.toLowerCase().replace("_", " ")}
              {r.comment && ` — ${r.comment}`}
            </li>
          ))}
        </ul>
      )}
      {canReview && (
        <div className="row">
          <ActionForm action={reviewChangeSetAction} label={`Approve: ${title}`}>
            <input type="hidden" name="changeSetId" value={setId} />
            <input type="hidden" name="itemId" value={item.id} />
            <input type="hidden" name="decision" value="APPROVED" />
            <button type="submit">Approve this change</button>
          </ActionForm>
          <ActionForm action={reviewChangeSetAction} label={`Request changes: ${title}`}>
            <input type="hidden" name="changeSetId" value={setId} />
            <input type="hidden" name="itemId" value={item.id} />
            <input type="hidden" name="decision" value="CHANGES_REQUESTED" />
            <label>
              What to change <input name="comment" />
            </label>
            <button type="submit">Request changes</button>
          </ActionForm>
        </div>
      )}
    </article>
  );
}
