"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { applySuggestionAction, dismissFlagAction, resolveFlagAction } from "@/app/facts/actions";
import type { ContentInput } from "./form-state";

export interface FlagView {
  id: string;
  rule: string;
  message: string;
  excerpt: string;
  /** For an import conflict: the article's version of the fact. */
  proposed: ContentInput | null;
  /** Corrections the importer derived, applied in one click (a new draft revision). */
  suggestions: { kind: string; label: string }[];
}

/**
 * The importer's open warnings on this fact. For each: apply a suggested correction, fix the
 * form by hand and mark it resolved, or dismiss it with a reason.
 */
export function FlagsPanel(props: { factId: string; flags: FlagView[]; onLoad: (content: ContentInput) => void }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  if (props.flags.length === 0) return null;

  async function run(flagId: string, work: () => Promise<{ ok: boolean; error?: { message: string } }>) {
    setBusy(flagId);
    setError("");
    const result = await work();
    setBusy(null);
    if (!result.ok) setError(result.error?.message ?? "Something went wrong");
    return result.ok;
  }

  async function apply(flagId: string, index: number) {
    let target = props.factId;
    const ok = await run(flagId, async () => {
      const result = await applySuggestionAction({ flagId, factId: props.factId, index });
      if (result.ok && result.data.mergedIntoFactId) target = result.data.mergedIntoFactId;
      return result;
    });
    // A full load: the form starts again from the new draft (a merge shows the fact kept).
    if (ok) window.location.assign(`/facts/${target}`);
  }

  return (
    <section aria-labelledby="flags-heading" className="notice warn">
      <h2 id="flags-heading">Warnings from the importer</h2>
      <ul className="plain">
        {props.flags.map((f) => (
          <li key={f.id} aria-label={`Warning ${f.rule}`}>
            <strong>{f.message}</strong>
            <div className="small muted">
              {f.rule} · “{f.excerpt}”
            </div>
            {f.suggestions.length > 0 && (
              <div className="actions">
                <span className="small">{f.suggestions.length > 1 ? "Suggested readings:" : "Suggested:"}</span>
                {f.suggestions.map((s, index) => (
                  <button
                    type="button"
                    key={`${s.kind}-${s.label}`}
                    disabled={busy === f.id}
                    onClick={() => apply(f.id, index)}
                  >
                    Apply: {s.label}
                  </button>
                ))}
              </div>
            )}
            <div className="actions">
              {f.proposed && (
                <button type="button" className="secondary" onClick={() => f.proposed && props.onLoad(f.proposed)}>
                  Load the article’s version into the form
                </button>
              )}
              <button
                type="button"
                className="secondary"
                disabled={busy === f.id}
                onClick={async () => {
                  if (await run(f.id, () => resolveFlagAction({ flagId: f.id, factId: props.factId })))
                    router.refresh();
                }}
              >
                Mark as resolved
              </button>
              <button
                type="button"
                className="secondary"
                aria-expanded={dismissing === f.id}
                onClick={() => {
                  setDismissing(dismissing === f.id ? null : f.id);
                  setReason("");
                }}
              >
                Dismiss…
              </button>
            </div>
            {dismissing === f.id && (
              <form
                className="row"
                onSubmit={async (event) => {
                  event.preventDefault();
                  const ok = await run(f.id, () => dismissFlagAction({ flagId: f.id, factId: props.factId, reason }));
                  if (ok) {
                    setDismissing(null);
                    router.refresh();
                  }
                }}
              >
                <div className="field">
                  <label htmlFor={`dismiss-${f.id}`}>Why does this warning not call for a change?</label>
                  <input id={`dismiss-${f.id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
                </div>
                <div className="field" style={{ flex: "0 0 auto" }}>
                  <button type="submit" disabled={busy === f.id}>
                    Dismiss the warning
                  </button>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
