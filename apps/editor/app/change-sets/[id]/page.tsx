import { AppError, getChangeSet, getRelationForEditor, getWorkingCopy, listRelations } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/change-sets/action-form";
import { ChangeItem } from "@/components/change-sets/change-item";
import { SummaryInChangeSetForm } from "@/components/change-sets/summary-in-change-set-form";
import { hasRole, requirePageActor } from "@/lib/auth/session";
import { formatInstant } from "@/lib/format";
import { CHANGE_SET_STATE_LABELS } from "@/lib/labels";
import {
  publishChangeSetAction,
  revertChangeSetAction,
  reviewChangeSetAction,
  stageWithdrawalAction,
  submitChangeSetAction,
} from "../actions";

export const metadata: Metadata = { title: "Change-set" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ relation?: string | string[] }> };
const EDITABLE = ["OPEN", "CHANGES_REQUESTED", "HELD"];

export default async function ChangeSetPage(props: Props) {
  const { id } = await props.params;
  const { relation: slug } = await props.searchParams;
  const actor = await requirePageActor("EDITOR", `/change-sets/${id}`);
  const set = await getChangeSet({ changeSetId: id, actor }).catch((error) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) notFound();
    throw error;
  });
  const reviewer = hasRole(actor, "REVIEWER");
  const editable = EDITABLE.includes(set.state);
  const reviewing = reviewer && ["SUBMITTED", "APPROVED", "SCHEDULED", "HELD"].includes(set.state);
  const relation =
    editable && typeof slug === "string" ? await getRelationForEditor({ slug, actor }).catch(() => null) : null;
  const copy = relation
    ? await getWorkingCopy({ form: "CHANGE_SET_SUMMARY", relationId: relation.id, changeSetId: set.id, actor })
    : null;
  const summaryCopy = copy && "summary" in copy.content ? { ...copy.content, savedAt: copy.savedAt } : null;
  const hidden = <input type="hidden" name="changeSetId" value={set.id} />;
  return (
    <>
      <p className="small">
        <Link href="/change-sets">Change-sets</Link>
      </p>
      <h1>
        {set.title} <span className={`badge ${set.state}`}>{CHANGE_SET_STATE_LABELS[set.state]}</span>
      </h1>
      <p className="small muted">
        Opened by {set.authorName}, {formatInstant(set.createdAt.toISOString())}
        {set.scheduledAt && set.state === "SCHEDULED" && (
          <> · scheduled for {formatInstant(set.scheduledAt.toISOString())}</>
        )}
        {set.publishedAt && (
          <>
            {" "}
            · {set.state === "REVERTED" ? "reverted" : "published"} at{" "}
            <time dateTime={set.publishedAt.toISOString()}>{set.publishedAt.toISOString()}</time>
          </>
        )}
      </p>
      {set.description && <p>{set.description}</p>}
      {set.stateNote && (
        <p className={`notice ${set.state === "HELD" ? "error" : "warn"}`} role="status">
          {set.state === "HELD" ? "Held: " : ""}
          {set.stateNote}
        </p>
      )}

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changes ({set.items.length})</h2>
        {set.items.length === 0 && <p>No change yet: choose a relation below and edit its facts here.</p>}
        {set.items.map((item) => (
          <ChangeItem key={item.id} item={item} setId={set.id} canReview={reviewing} />
        ))}
      </section>

      {editable && (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">Add changes</h2>
          <form method="get" aria-label="Choose a relation">
            <label htmlFor="relation">Relation</label>{" "}
            <select id="relation" name="relation" defaultValue={relation?.slug ?? ""}>
              {(await listRelations({ limit: 1000 })).map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.name}
                </option>
              ))}
            </select>{" "}
            <button type="submit">Show its facts</button>
          </form>
          {relation && (
            <>
              <p>
                <Link href={`/relations/${relation.slug}/new?changeSet=${set.id}`}>New fact in this change-set</Link>
              </p>
              <ul aria-label={`Facts of ${relation.name}`}>
                {relation.facts.map((f) => (
                  <li key={f.id}>
                    <Link href={`/facts/${f.id}?changeSet=${set.id}`}>{f.statement}</Link>
                    {f.isPublic && (
                      <ActionForm action={stageWithdrawalAction} label={`Withdraw: ${f.statement}`}>
                        {hidden}
                        <input type="hidden" name="factId" value={f.id} />
                        <button type="submit" className="secondary">
                          Withdraw in this change-set
                        </button>
                      </ActionForm>
                    )}
                  </li>
                ))}
              </ul>
              <SummaryInChangeSetForm
                changeSetId={set.id}
                relation={{ id: relation.id, name: relation.name, summary: relation.summary }}
                restored={summaryCopy}
              />
            </>
          )}
          <ActionForm action={submitChangeSetAction} label="Submit the change-set">
            {hidden}
            <button type="submit">Submit for review</button>
          </ActionForm>
        </section>
      )}

      {reviewing && (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Review all</h2>
          <ActionForm action={reviewChangeSetAction} label="Approve every change">
            {hidden}
            <input type="hidden" name="decision" value="APPROVED" />
            <label htmlFor="approve-comment">Comment (optional)</label>
            <input id="approve-comment" name="comment" />
            {actor.role === "ADMIN" && (
              <>
                <label htmlFor="override">Reason to approve your own change-set (administrators only)</label>
                <input id="override" name="overrideReason" />
              </>
            )}
            <button type="submit">Approve all</button>
          </ActionForm>
          <ActionForm action={reviewChangeSetAction} label="Request changes on all">
            {hidden}
            <input type="hidden" name="decision" value="CHANGES_REQUESTED" />
            <label htmlFor="changes-comment">What should change</label>
            <input id="changes-comment" name="comment" />
            <button type="submit">Request changes on all</button>
          </ActionForm>
        </section>
      )}

      {reviewer && ["APPROVED", "SCHEDULED", "HELD"].includes(set.state) && (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publish</h2>
          <ActionForm action={publishChangeSetAction} label="Publish now">
            {hidden}
            <button type="submit">Publish now</button>
          </ActionForm>
          <ActionForm action={publishChangeSetAction} label="Schedule">
            {hidden}
            <label htmlFor="publish-at">Publish at (UTC)</label>
            <input id="publish-at" name="at" type="datetime-local" step={1} required />
            <button type="submit">Schedule</button>
          </ActionForm>
        </section>
      )}

      {reviewer && set.state === "PUBLISHED" && (
        <ActionForm action={revertChangeSetAction} label="Revert the change-set">
          {hidden}
          <button type="submit">Revert the whole change-set</button>
        </ActionForm>
      )}

      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments and decisions</h2>
        <ul>
          {set.reviews.map((r) => (
            <li key={String(r.id)}>
              {formatInstant(r.at.toISOString())} {r.actorName}: {r.decision.toLowerCase().replace("_", " ")}
              {r.comment && ` — ${r.comment}`}
            </li>
          ))}
        </ul>
        <ActionForm action={reviewChangeSetAction} label="Comment">
          {hidden}
          <input type="hidden" name="decision" value="COMMENT" />
          <label htmlFor="comment">Comment</label>
          <input id="comment" name="comment" />
          <button type="submit">Add comment</button>
        </ActionForm>
      </section>
    </>
  );
}
