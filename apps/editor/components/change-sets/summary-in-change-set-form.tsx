"use client";

import { useActionState, useState } from "react";
import { stageSummaryAction } from "@/app/change-sets/actions";
import type { ActionResult } from "@/lib/action-result";
import { useFormCopy } from "../autosave/use-form-copy";
import { AutosaveStatusLine, RestoredNotice } from "../fact-editor/autosave-status";

/**
 * A relation's summary proposed in a change-set. What is typed is kept as the editor's copy as
 * they type (a reload or a crash brings it back); saving it in the change-set consumes the copy.
 */
export function SummaryInChangeSetForm(props: {
  changeSetId: string;
  relation: { id: string; name: string; summary: string };
  restored: { summary: string; savedAt: string } | null;
}) {
  const [text, setText] = useState(props.restored?.summary ?? props.relation.summary);
  const [kept, setKept] = useState(props.relation.summary);
  const [restored, setRestored] = useState(props.restored);
  const [discardError, setDiscardError] = useState("");
  const [state, run, pending] = useActionState(
    async (previous: unknown, form: FormData) => {
      const result = await stageSummaryAction(previous, form);
      if (result.ok) {
        const summary = String(form.get("summary") ?? "");
        setKept(summary);
        setRestored(null);
        // The save deleted the copy: the server holds nothing unsaved for this form any more.
        copy.markStored(JSON.stringify({ summary }));
      }
      return result;
    },
    null as ActionResult<string> | null,
  );
  const key = { form: "CHANGE_SET_SUMMARY", relationId: props.relation.id, changeSetId: props.changeSetId } as const;
  const copy = useFormCopy({ key, content: { summary: text }, busy: pending });

  async function discard() {
    const result = await copy.discard({ summary: props.relation.summary });
    if (!result.ok) return setDiscardError(result.error.message);
    setText(props.relation.summary);
    setRestored(null);
  }

  return (
    <form action={run} aria-label="Summary in this change-set" className="action-form">
      {restored && (
        <RestoredNotice savedAt={restored.savedAt} onDiscard={() => void discard()}>
          It is not in the change-set yet: “Save the summary in this change-set” puts it there.
        </RestoredNotice>
      )}
      <fieldset disabled={pending} className="plain">
        <input type="hidden" name="changeSetId" value={props.changeSetId} />
        <input type="hidden" name="relationId" value={props.relation.id} />
        <label htmlFor="summary">Summary of {props.relation.name}</label>
        <textarea id="summary" name="summary" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="actions">
          <button type="submit">Save the summary in this change-set</button>
          <AutosaveStatusLine
            status={copy.status}
            unsaved={text !== kept}
            onRetry={copy.retry}
            saveHint="saving it puts it in the change-set"
          />
        </div>
      </fieldset>
      {(discardError || (state && !state.ok)) && (
        <p className="notice error" role="alert">
          {discardError || (state && !state.ok ? state.error.message : "")}
        </p>
      )}
      {state?.ok && state.data && (
        <p className="notice ok" role="status">
          {state.data}
        </p>
      )}
    </form>
  );
}
