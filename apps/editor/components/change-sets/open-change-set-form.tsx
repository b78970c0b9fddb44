"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { openChangeSetAction } from "@/app/change-sets/actions";

/** Title and description; opens the new change-set's page. */
export function OpenChangeSetForm() {
  const [state, action, pending] = useActionState(openChangeSetAction, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/change-sets/${state.data.id}`);
  }, [state, router]);
  return (
    <form action={action} aria-label="Open a change-set">
      <div className="field">
        <label htmlFor="cs-title">Title</label>
        <input id="cs-title" name="title" required maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="cs-description">Description</label>
        <textarea id="cs-description" name="description" rows={3} maxLength={5000} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Opening…" : "Open change-set"}
      </button>
      {state && !state.ok && (
        <p className="notice error" role="alert">
          {state.error.message}
        </p>
      )}
    </form>
  );
}
