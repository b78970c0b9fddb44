"use client";

import type { BulkItemResult } from "@dyad/db";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

export type BulkAction = (previous: unknown, input: FormData) => Promise<ActionResult<BulkItemResult[]>>;

/**
 * The buttons acting on the ticked rows (the rows' checkboxes name this form by id), and what
 * became of each row afterwards: done, or refused with the reason.
 */
export function BulkForm(props: {
  id: string;
  label: string;
  action: BulkAction;
  buttons: { value: string; label: string }[];
  children?: React.ReactNode;
}) {
  const [state, action, pending] = useActionState(props.action, null);
  const done = state?.ok ? state.data.filter((r) => r.ok) : [];
  const refused = state?.ok ? state.data.filter((r) => !r.ok) : [];
  return (
    <form id={props.id} action={action} aria-label={props.label} className="row">
      {props.children}
      {props.buttons.map((b) => (
        <button key={b.value} type="submit" name="do" value={b.value} disabled={pending}>
          {b.label}
        </button>
      ))}
      <div role="status" aria-live="polite">
        {pending && <p className="small muted">Working…</p>}
        {state && !state.ok && <p className="notice error">{state.error.message}</p>}
        {state?.ok && (
          <div className={`notice ${refused.length ? "warn" : "ok"}`}>
            <p>
              {done.length} done{refused.length > 0 && `, ${refused.length} refused`}.
            </p>
            <ul className="small">
              {state.data.map((r) => (
                <li key={r.id}>
                  <strong>{r.ok ? "Done" : "Refused"}</strong>: {r.label} — {r.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  );
}
