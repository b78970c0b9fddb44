"use client";

import type { FactKind, NamedField } from "@dyad/db";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { stageFactAction } from "@/app/change-sets/actions";
import { saveFactAction } from "@/app/facts/actions";
import type { ConflictInfo } from "@/app/facts/conflict";
import type { ActionError } from "@/lib/action-result";
import { KIND_LABELS } from "@/lib/labels";
import { AutosaveStatusLine, RestoredNotice } from "./autosave-status";
import { ConflictView } from "./conflict-view";
import { CoreFields } from "./core-fields";
import { DataFields, type Pickers } from "./data-fields";
import { FlagsPanel, type FlagView } from "./flags-panel";
import { type ContentInput, type FormState, type SourceInfo, toContent, toFormState } from "./form-state";
import { FieldMessage, IssuesContext, useFieldA11y } from "./issues";
import { PreviewPanel } from "./preview-panel";
import { SourcesField } from "./sources-field";
import { useAutosave } from "./use-autosave";
import { useLeaveGuard } from "./use-leave-guard";
import { useLiveCheck } from "./use-live-check";
import { ValidTimeField } from "./valid-time-field";
import { WorkflowPanel } from "./workflow-panel";
import { discardFactCopy, sendFactCopy, snapshotOf, type WorkingCopy } from "./working-copy";

export interface FactEditorProps {
  mode: "create" | "edit";
  factId?: string;
  relationId: string;
  specs: Partial<Record<FactKind, NamedField[]>>;
  initial: FormState;
  baseRevisionId?: string;
  sourceInfo: SourceInfo;
  pickers: Pickers;
  workflow?: {
    reviewState: string;
    reviewNote: string | null;
    isPublic: boolean;
    canReview: boolean;
    canOverrideFourEyes: boolean;
  };
  /** Open data-quality flags; an import conflict's proposal can be loaded into the form. */
  flags?: FlagView[];
  /** Save into this change-set (nothing public or draft moves until it is published). */
  changeSet?: { id: string; title: string; compete: boolean };
  /** Autosave: the editor's working copy kept as they type, if one was left (of a new fact: by relation and change-set). */
  autosave?: { restored: WorkingCopy | null };
}

const LOST =
  "The connection was lost before the save was confirmed. Save again: if the first save was kept, it is not saved twice.";

const byPath = (list: { path: string; message: string }[] | undefined) =>
  new Map((list ?? []).map((i) => [i.path, i.message] as const));

/** The fact form: structured fields by kind, sources, valid time, a live public preview, save with a note. */
export function FactEditor(props: FactEditorProps) {
  const router = useRouter();
  const restored = props.autosave?.restored ?? null;
  const copyKey = { factId: props.factId, relationId: props.relationId, changeSetId: props.changeSet?.id ?? null };
  const [form, setForm] = useState(() =>
    restored
      ? toFormState(restored.content, props.specs[restored.content.kind] ?? [], props.sourceInfo)
      : props.initial,
  );
  const [base, setBase] = useState(restored?.baseRevisionId ?? props.baseRevisionId);
  const fields = props.specs[form.kind] ?? [];
  const content = useMemo(() => toContent(form, fields), [form, fields]);
  const [saved, setSaved] = useState(() => JSON.stringify(toContent(props.initial, fields)));
  const [note, setNote] = useState(restored?.note ?? "");
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [error, setError] = useState<ActionError | null>(null);
  const [notice, setNotice] = useState("");
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{ info: ConflictInfo; mine: ContentInput } | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const unanswered = useRef<{ body: string; key: string } | null>(null);
  const { check, checking } = useLiveCheck(props.relationId, content);
  const dirty = JSON.stringify(content) !== saved;
  const autosave = useAutosave({
    enabled: !!props.autosave && !saving,
    snapshot: snapshotOf(content, note, base),
    initialStored: snapshotOf(content, note, base),
    send: (snapshot) => sendFactCopy(copyKey, snapshot),
  });
  // With autosave, input is unsaved until the server holds it; without, until it is a revision.
  useLeaveGuard(props.autosave ? autosave.pending : dirty && !saving);

  const issueOf = useMemo(() => {
    const server = byPath(error?.issues);
    const live = byPath(check?.issues);
    const publish = byPath(check?.publishIssues);
    return (path: string) => ({
      error: server.get(path) ?? (showAll || touched.has(path) ? live.get(path) : undefined),
      warning: publish.get(path),
    });
  }, [error, check, showAll, touched]);

  const sourceInfo = useMemo(() => {
    const info: SourceInfo = { ...props.sourceInfo };
    for (const [id, title] of Object.entries(conflict?.info.sourceTitles ?? {})) {
      info[id] ??= { title, url: null, publisher: null };
    }
    return info;
  }, [props.sourceInfo, conflict]);

  const load = (next: ContentInput) => setForm(toFormState(next, fields, sourceInfo));
  const focusStatus = () => requestAnimationFrame(() => statusRef.current?.focus());

  async function save() {
    setSaving(true);
    setError(null);
    setNotice("");
    setShowAll(true);
    const request = { relationId: props.relationId, factId: props.factId, expectedRevisionId: base, content, note };
    // A save whose answer never came (connection lost) may have been kept: saving the same again
    // sends the same key, so the server answers with that save instead of writing it twice.
    const body = JSON.stringify(request);
    const attempt = unanswered.current?.body === body ? unanswered.current : { body, key: crypto.randomUUID() };
    unanswered.current = attempt;
    let result: Awaited<ReturnType<typeof saveFactAction>>;
    try {
      const cs = props.changeSet;
      result = cs
        ? await stageFactAction({ ...request, changeSetId: cs.id, compete: cs.compete })
        : await saveFactAction({ ...request, idempotencyKey: attempt.key });
    } catch {
      setSaving(false);
      setError({ code: "INTERNAL", message: LOST });
      focusStatus();
      return;
    }
    unanswered.current = null;
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      focusStatus();
      return;
    }
    if ("conflict" in result.data) {
      setConflict({ info: result.data.conflict, mine: content });
      requestAnimationFrame(() => document.getElementById("conflict-heading")?.focus());
      return;
    }
    if (props.mode === "create") {
      // The create consumed the working copy: nothing is left to autosave on the way out.
      autosave.markStored(snapshotOf(content, note, base));
      router.push(`/facts/${result.data.factId}${props.changeSet ? `?changeSet=${props.changeSet.id}` : ""}`);
      return;
    }
    setBase(result.data.revisionId);
    setSaved(JSON.stringify(content));
    setNote("");
    // The save deleted the working copy; what the form now shows is the saved revision.
    autosave.markStored(snapshotOf(content, "", result.data.revisionId));
    setShowRestored(false);
    const savedAs = props.changeSet
      ? `Saved in the change-set “${props.changeSet.title}”.`
      : "Saved as a new draft revision.";
    setNotice(result.data.changed ? savedAs : "Nothing changed, so nothing new was saved.");
    focusStatus();
    router.refresh();
  }

  async function discardRestored() {
    const result = await discardFactCopy(copyKey);
    if (!result.ok) {
      setError(result.error);
      focusStatus();
      return;
    }
    setForm(props.initial);
    setNote("");
    setBase(props.baseRevisionId);
    autosave.markStored(snapshotOf(toContent(props.initial, fields), "", props.baseRevisionId));
    setShowRestored(false);
    setNotice(
      props.factId ? "Discarded: the form shows the saved draft again." : "Discarded: the form is empty again.",
    );
    focusStatus();
  }

  const noteA11y = useFieldA11y("note", "note-help");
  return (
    <IssuesContext.Provider value={issueOf}>
      {conflict && (
        <ConflictView
          conflict={conflict.info}
          mine={conflict.mine}
          onMerge={(merged) => {
            load(merged);
            setBase(conflict.info.theirs.revisionId);
            setConflict(null);
            setNotice("Merged into the form: check it, then save with a note.");
            focusStatus();
          }}
          onDiscard={() => {
            load(conflict.info.theirs.content);
            setBase(conflict.info.theirs.revisionId);
            setSaved(JSON.stringify(toContent(toFormState(conflict.info.theirs.content, fields, sourceInfo), fields)));
            setConflict(null);
            setNotice(`Loaded revision ${conflict.info.theirs.number}.`);
            focusStatus();
          }}
        />
      )}
      {restored && showRestored && (
        <RestoredNotice savedAt={restored.savedAt} onDiscard={() => void discardRestored()}>
          {props.factId
            ? "It is not a revision yet: “Save draft” with a note makes it one."
            : "It is not a fact yet: “Create draft” with a note makes it one."}
        </RestoredNotice>
      )}
      {props.factId && props.flags && <FlagsPanel factId={props.factId} flags={props.flags} onLoad={load} />}
      <div className="grid-2">
        <form
          aria-label="Fact"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onBlur={(e) => {
            const path = (e.target as HTMLElement).dataset.path;
            if (path && !touched.has(path)) setTouched(new Set(touched).add(path));
          }}
        >
          <CoreFields form={form} setForm={setForm} specs={props.specs} chooseKind={props.mode === "create"} />
          <ValidTimeField
            start={form.start}
            endMode={form.endMode}
            end={form.end}
            onChange={(t) => setForm({ ...form, ...t })}
          />
          {fields.length > 0 && (
            <fieldset>
              <legend>{KIND_LABELS[form.kind]} details</legend>
              <DataFields
                fields={fields}
                path="data"
                value={form.data}
                onChange={(data) => setForm({ ...form, data })}
                pickers={props.pickers}
              />
            </fieldset>
          )}
          <SourcesField sources={form.sources} onChange={(sources) => setForm({ ...form, sources })} />
          <div className="field">
            <label htmlFor={noteA11y.id}>Change note</label>
            <span className="help" id="note-help">
              Required: why you made this change. It is kept in the history.
            </span>
            <input {...noteA11y} type="text" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
            <FieldMessage path="note" />
          </div>
          <div ref={statusRef} tabIndex={-1}>
            {error && (
              <div className="notice error" role="alert">
                {error.message}
              </div>
            )}
            {notice && (
              <div className="notice ok" role="status">
                {notice}
              </div>
            )}
          </div>
          <div className="actions">
            <button type="submit" disabled={saving || !!conflict}>
              {saving ? "Saving…" : props.mode === "create" ? "Create draft" : "Save draft"}
            </button>
            {props.autosave ? (
              <AutosaveStatusLine status={autosave.status} unsaved={dirty} onRetry={autosave.retry} />
            ) : (
              dirty && props.mode === "edit" && <span className="small muted">Unsaved changes</span>
            )}
          </div>
        </form>
        <div>
          <PreviewPanel check={check} checking={checking} />
          {props.workflow && props.factId && base && !props.changeSet && (
            <WorkflowPanel
              factId={props.factId}
              draftRevisionId={base}
              {...props.workflow}
              dirty={dirty}
              onError={(e) => setError(e)}
            />
          )}
        </div>
      </div>
    </IssuesContext.Provider>
  );
}
