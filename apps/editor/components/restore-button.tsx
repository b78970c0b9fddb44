"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { restoreAction } from "../app/facts/actions";

/** Restore an old revision as a new draft revision, with the change note every save needs. */
export function RestoreButton(props: {
  factId: string;
  revisionId: string;
  number: number;
  currentRevisionId: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // The field appears because the editor asked for it: take them there.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Restore revision {props.number}…
      </button>
    );
  }
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        setError("");
        const result = await restoreAction({
          factId: props.factId,
          revisionId: props.revisionId,
          expectedRevisionId: props.currentRevisionId,
          note,
        });
        setPending(false);
        if (result.ok) router.push(`/facts/${props.factId}`);
        else setError(result.error.message);
      }}
    >
      <div className="field">
        <label htmlFor={id}>Why restore revision {props.number}?</label>
        <input
          id={id}
          type="text"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          ref={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <span className="error" id={`${id}-error`} role="alert">
            {error}
          </span>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Restoring…" : `Restore as a new draft`}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
