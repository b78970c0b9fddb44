import {
  AppError,
  getChangeSet,
  getFactForEditor,
  getWorkingDraft,
  listFactRedactions,
  listOthersWorkingDrafts,
  listPendingChangeSetsOfFact,
  relationName,
  suggestionsOf,
  type TFactContent,
  toContentInput,
  ZFactContent,
  z,
} from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FactEditor } from "@/components/fact-editor/fact-editor";
import { type SourceInfo, toFormState } from "@/components/fact-editor/form-state";
import { PublicLink } from "@/components/public-link";
import { RedactForm } from "@/components/redact-form";
import { StateBadge } from "@/components/state-badge";
import { hasRole, requirePageActor } from "@/lib/auth/session";
import { pickersFor, specsFor } from "@/lib/fact-editor-props";
import { formatInstant } from "@/lib/format";
import { KIND_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "Fact" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ changeSet?: string | string[] }> };

async function load(id: string, actor: Parameters<typeof getFactForEditor>[0]["actor"]) {
  try {
    return await getFactForEditor({ factId: id, actor });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) notFound();
    throw error;
  }
}

export default async function FactPage(props: Props) {
  const { id } = await props.params;
  const actor = await requirePageActor("EDITOR", `/facts/${id}`);
  const fact = await load(id, actor);
  const redactions = await listFactRedactions({ factId: fact.id });
  const { changeSet: changeSetId } = await props.searchParams;
  const changeSet =
    typeof changeSetId === "string" ? await getChangeSet({ changeSetId, actor }).catch(() => null) : null;
  const staged = changeSet?.items.find((i) => i.kind === "fact" && i.factId === fact.id);
  const pending = await listPendingChangeSetsOfFact({ actor, factId: fact.id });
  const others = pending.filter((p) => p.id !== changeSet?.id);
  const workingCopy = await getWorkingDraft({ factId: fact.id, changeSetId: changeSet?.id ?? null, actor });
  const othersTyping = await listOthersWorkingDrafts({ factId: fact.id, actor });
  // In a change-set, the form starts from the change-set's proposal when it has one.
  const draft = staged?.kind === "fact" && staged.proposed ? { ...fact.draft, ...staged.proposed } : fact.draft;
  const specs = specsFor([fact.kind]);
  const sourceInfo: SourceInfo = Object.fromEntries(
    (draft?.sources ?? []).map((s) => [s.id, { title: s.title, url: s.url, publisher: s.publisher }]),
  );
  const [a, b] = fact.relation.countries;
  return (
    <>
      <p className="small">
        <Link href={`/relations/${fact.relation.slug}`}>{relationName(a.name, b.name)}</Link> ·{" "}
        <Link href={`/facts/${fact.id}/history`}>History</Link>
      </p>
      <h1>
        {KIND_LABELS[fact.kind]} <StateBadge state={fact.reviewState} />
      </h1>
      {changeSet && (
        <p className="notice ok">
          Editing in the change-set <Link href={`/change-sets/${changeSet.id}`}>{changeSet.title}</Link>: saving changes
          nothing public until it is published.
        </p>
      )}
      {others.length > 0 && (
        <p className="notice warn" role="status">
          This fact is in the open change-set{others.length > 1 ? "s" : ""}{" "}
          {others.map((o) => (
            <Link key={o.id} href={`/change-sets/${o.id}`}>
              “{o.title}” ({o.authorName}){" "}
            </Link>
          ))}
          {changeSet ? ": what you save here is a competing change, resolved at review." : "."}
        </p>
      )}
      {othersTyping.length > 0 && (
        <section className="notice warn" aria-label="Unsaved work by others">
          <p>Others are editing this fact; what they typed is kept but not yet saved as a revision:</p>
          <ul>
            {othersTyping.map((w) => (
              <li key={`${w.editorName}-${w.savedAt}`}>
                {w.editorName}, {formatInstant(w.savedAt)}
                {w.changeSetId ? " (in a change-set)" : ""}: “{w.statement}”
              </li>
            ))}
          </ul>
        </section>
      )}
      {draft && (
        <p className="small muted">
          Revision {draft.number} by {draft.authorName}, {formatInstant(draft.createdAt)}
          {fact.published && (
            <>
              {" "}
              · public: revision {fact.published.number} (
              <PublicLink path={`/relations/${fact.relation.slug}`}>see it on the public site</PublicLink>)
            </>
          )}
        </p>
      )}
      {redactions.length > 0 && (
        <div className="notice warn" data-testid="redaction-notice">
          <p>
            Takedown: the text of revision{redactions.length > 1 ? "s" : ""}{" "}
            {redactions.map((r) => r.number).join(", ")} was withdrawn from public view by {redactions[0]?.actorName} on{" "}
            {formatInstant(redactions[0]?.at ?? "")}: {redactions[0]?.reason}. Those revisions can no longer be
            published or restored; publish a new revision that no longer says what was withdrawn.
          </p>
        </div>
      )}
      {fact.deletedAt || !draft ? (
        <div className="notice warn">
          <p>
            This fact was deleted on {fact.deletedAt ? formatInstant(fact.deletedAt) : "an unknown date"}. It is no
            longer public; its <Link href={`/facts/${fact.id}/history`}>history</Link> is kept.
          </p>
          {draft && <blockquote>{draft.statement}</blockquote>}
        </div>
      ) : (
        <FactEditor
          mode="edit"
          factId={fact.id}
          relationId={fact.relation.id}
          specs={specs}
          initial={toFormState(toContentInput(draft), specs[fact.kind] ?? [], sourceInfo)}
          baseRevisionId={draft.revisionId}
          sourceInfo={sourceInfo}
          pickers={pickersFor(fact.relation.countries)}
          workflow={{
            reviewState: fact.reviewState,
            reviewNote: fact.reviewNote,
            isPublic: fact.published !== null,
            canReview: hasRole(actor, "REVIEWER"),
            canOverrideFourEyes: actor.role === "ADMIN",
          }}
          changeSet={changeSet ? { id: changeSet.id, title: changeSet.title, compete: others.length > 0 } : undefined}
          autosave={{ restored: workingCopy }}
          flags={fact.flags.map((f) => ({
            id: f.id,
            rule: f.rule,
            message: f.message,
            excerpt: f.excerpt,
            proposed: proposedContent(f.payload),
            suggestions: suggestionsOf(f.payload).map((s) => ({ kind: s.kind, label: s.label })),
          }))}
        />
      )}
      <TakedownControl
        factId={fact.id}
        show={hasRole(actor, "ADMIN") && !redactions.some((r) => r.revisionId === draft?.revisionId)}
      />
    </>
  );
}

/** Only admins may take text down; not offered again once the latest revision is withdrawn. */
function TakedownControl(props: { factId: string; show: boolean }) {
  return props.show ? (
    <section aria-label="Takedown" className="takedown">
      <RedactForm factId={props.factId} />
    </section>
  ) : null;
}

/** An import conflict's proposal (the flag's payload), or null when it holds none the form can load. */
function proposedContent(payload: unknown): TFactContent | null {
  const parsed = ZProposedPayload.safeParse(payload);
  return parsed.success ? parsed.data.proposed : null;
}

const ZProposedPayload = z.object({ proposed: ZFactContent });
