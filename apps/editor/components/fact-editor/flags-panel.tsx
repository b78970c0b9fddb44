"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { resolveFlagAction } from "../../app/facts/actions";

export interface FlagView {
  id: string;
  rule: string;
  message: string;
  excerpt: string;
  /** For an import conflict: the article's version of the fact. */
  proposed: Record<string, unknown> | null;
}

/** The importer's open warnings on this fact, to fix and then mark resolved. */
export function FlagsPanel(props: {
  factId: string;
  flags: FlagView[];
  onLoad: (content: Record<string, unknown>) => void;
}) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  if (props.flags.length === 0) return null;
  return (
    <section aria-labelledby="flags-heading" className="notice warn">
      <h2 id="flags-heading">Warnings from the importer</h2>
      <ul className="plain">
        {props.flags.map((f) => (
          <li key={f.id}>
            <strong>{f.message}</strong>
            <div className="small muted">
              {f.rule} · “{f.excerpt}”
            </div>
            <div className="actions">
              {f.proposed && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => props.onLoad(f.proposed as Record<string, unknown>)}
                >
                  Load the article’s version into the form
                </button>
              )}
              <button
                type="button"
                className="secondary"
                disabled={busy === f.id}
                onClick={async () => {
                  setBusy(f.id);
                  const result = await resolveFlagAction({ flagId: f.id, factId: props.factId });
                  setBusy(null);
                  if (result.ok) router.refresh();
                  else setError(result.error.message);
                }}
              >
                Mark as resolved
              </button>
            </div>
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
