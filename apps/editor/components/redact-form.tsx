"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { redactAction } from "../app/facts/actions";

/**
 * An admin's takedown of a fact's text (legal reasons). Two deliberate steps: open the form, then
 * give the public reason and confirm that it cannot be undone.
 */
export function RedactForm({ factId }: { factId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Withdraw the text (takedown)…
      </button>
    );
  }
  return (
    <form
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        setError("");
        const result = await redactAction({ factId, reason, confirmed: confirmed as true });
        setPending(false);
        if (result.ok) {
          setOpen(false);
          router.refresh();
        } else setError(result.error.issues?.[0]?.message ?? result.error.message);
      }}
    >
      <h2 id={`${id}-title`}>Withdraw this fact's text from public view</h2>
      <p className="small">
        Every version written so far disappears from the public site, the API, the feeds and release downloads. The
        public history keeps that it happened, by you, when, and the reason below. It cannot be undone.
      </p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (shown publicly; do not repeat the text)</label>
        <textarea
          id={`${id}-reason`}
          ref={field}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <label>
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> I understand that
        this cannot be undone
      </label>
      {error && (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="danger" disabled={pending}>
          {pending ? "Withdrawing…" : "Withdraw the text"}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
