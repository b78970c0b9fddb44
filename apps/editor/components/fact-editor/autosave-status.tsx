"use client";

import type { ReactNode } from "react";
import { formatInstant } from "@/lib/format";
import type { AutosaveStatus } from "./use-autosave";

/** "21:40 UTC": the editor shows every instant in UTC (lib/format.ts). */
const clock = (iso: string) => `${iso.slice(11, 16)} UTC`;

/**
 * The autosave's state, announced politely to screen readers as it changes. "Saved" here means
 * kept on the server as the editor's working copy; the form's own button (`saveHint`) keeps it
 * for real: a revision, a new fact, a change-set.
 */
export function AutosaveStatusLine(props: {
  status: AutosaveStatus;
  unsaved: boolean;
  onRetry: () => void;
  saveHint?: string;
}) {
  const { status } = props;
  const hint = props.saveHint ?? "“Save draft” makes it a revision";
  return (
    <p className="small muted autosave-status" role="status" aria-live="polite">
      {status.kind === "saving" && "Saving…"}
      {status.kind === "saved" &&
        `Saved at ${clock(status.at)}${props.unsaved ? ` as your working copy: ${hint}` : ""}`}
      {status.kind === "failed" && (
        <>
          Couldn’t save ({status.message}) —{" "}
          <button type="button" className="link" onClick={props.onRetry}>
            retry
          </button>
        </>
      )}
      {status.kind === "idle" && props.unsaved && "Unsaved changes"}
    </p>
  );
}

/** Shown when a form opens with what the editor typed into it before (a reload, a crash), with a way to drop it. */
export function RestoredNotice(props: { savedAt: string; onDiscard: () => void; children: ReactNode }) {
  return (
    <div className="notice warn" data-testid="restored-notice">
      Restored what you typed here before, kept at {formatInstant(props.savedAt)}. {props.children}{" "}
      <button type="button" className="link" onClick={props.onDiscard}>
        Discard it
      </button>
    </div>
  );
}
