"use client";

import { useActionState, useState } from "react";
import { updateSummaryAction } from "../app/relations/actions";
import { useLeaveGuard } from "./fact-editor/use-leave-guard";

/**
 * A relation's summary (public as soon as it is saved). Sends the text it started from, so a
 * save over someone else's change is refused and shows their text instead of losing it.
 */
export function SummaryForm(props: { relationId: string; slug: string; summary: string }) {
  const [base, setBase] = useState(props.summary);
  const [text, setText] = useState(props.summary);
  const [state, action, pending] = useActionState(async (prev: unknown, form: FormData) => {
    const result = await updateSummaryAction(prev, form);
    if (result.ok) {
      setBase(result.data.summary);
      setText(result.data.summary);
    }
    return result;
  }, null);
  // Leaving with a summary typed but not saved asks first, as the fact form does.
  useLeaveGuard(text !== base && !pending);
  const error = state && !state.ok ? state.error : null;
  const theirs = typeof error?.details?.currentSummary === "string" ? error.details.currentSummary : null;
  return (
    <form action={action}>
      <input type="hidden" name="relationId" value={props.relationId} />
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="expectedSummary" value={base} />
      <div className="field">
        <label htmlFor="summary">Summary</label>
        <span className="help" id="summary-help">
          Shown at the top of the public page as soon as you save it.
        </span>
        <textarea
          id="summary"
          name="summary"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={4}
          aria-describedby="summary-help"
          aria-invalid={error ? true : undefined}
        />
      </div>
      {error && (
        <div className="notice error" role="alert">
          <p>{error.message}</p>
          {theirs !== null && (
            <>
              <p>The summary now reads:</p>
              <blockquote className="diff-value">{theirs || "(empty)"}</blockquote>
              <button type="button" className="secondary" onClick={() => setBase(theirs)}>
                Keep my text and save over it
              </button>
            </>
          )}
        </div>
      )}
      {state?.ok && (
        <p className="notice ok" role="status">
          Summary saved.
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save summary"}
      </button>
    </form>
  );
}
