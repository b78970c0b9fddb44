"use client";

import { type ReactNode, useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

type Action = (previous: unknown, input: FormData) => Promise<ActionResult<string>>;

/** A form posting to a change-set action; shows its refusal or its result beside it. */
export function ActionForm({ action, label, children }: { action: Action; label: string; children: ReactNode }) {
  const [state, run, pending] = useActionState(action, null);
  return (
    <form action={run} aria-label={label} className="action-form">
      <fieldset disabled={pending} className="plain">
        {children}
      </fieldset>
      {state && !state.ok && (
        <p className="notice error" role="alert">
          {state.error.message}
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
