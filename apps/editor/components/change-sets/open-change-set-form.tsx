"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { openChangeSetAction } from "@/app/change-sets/actions";
import { useFormCopy } from "../autosave/use-form-copy";
import { AutosaveStatusLine, RestoredNotice } from "../fact-editor/autosave-status";

const EMPTY = { title: "", description: "" };

/**
 * Title and description; opens the new change-set's page. What is typed is kept as the editor's
 * copy as they type (a reload or a crash brings it back); opening the change-set consumes it.
 */
export function OpenChangeSetForm(props: { restored: { title: string; description: string; savedAt: string } | null }) {
  const [state, action, pending] = useActionState(openChangeSetAction, null);
  const [typed, setTyped] = useState(
    props.restored ? { title: props.restored.title, description: props.restored.description } : EMPTY,
  );
  const [restoredAt, setRestoredAt] = useState(props.restored?.savedAt ?? null);
  const [discardError, setDiscardError] = useState("");
  const copy = useFormCopy({ key: { form: "OPEN_CHANGE_SET" }, content: typed, busy: pending || !!state?.ok });
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/change-sets/${state.data.id}`);
  }, [state, router]);

  async function discard() {
    const result = await copy.discard(EMPTY);
    if (!result.ok) return setDiscardError(result.error.message);
    setTyped(EMPTY);
    setRestoredAt(null);
  }

  const error = discardError || (state && !state.ok ? state.error.message : "");
  return (
    <form action={action} aria-label="Open a change-set">
      {restoredAt && (
        <RestoredNotice savedAt={restoredAt} onDiscard={() => void discard()}>
          The change-set is not open yet: “Open change-set” opens it.
        </RestoredNotice>
      )}
      <div className="field">
        <label htmlFor="cs-title">Title</label>
        <input
          id="cs-title"
          name="title"
          required
          maxLength={200}
          value={typed.title}
          onChange={(e) => setTyped({ ...typed, title: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="cs-description">Description</label>
        <textarea
          id="cs-description"
          name="description"
          rows={3}
          maxLength={5000}
          value={typed.description}
          onChange={(e) => setTyped({ ...typed, description: e.target.value })}
        />
      </div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Opening…" : "Open change-set"}
        </button>
        <AutosaveStatusLine
          status={copy.status}
          unsaved={typed.title !== "" || typed.description !== ""}
          onRetry={copy.retry}
          saveHint="“Open change-set” opens it"
        />
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
