"use client";

import type { AutosaveStatus } from "./use-autosave";

/** "21:40 UTC": the editor shows every instant in UTC (lib/format.ts). */
const clock = (iso: string) => `${iso.slice(11, 16)} UTC`;

/**
 * The autosave's state, announced politely to screen readers as it changes. "Saved" here means
 * kept on the server as the editor's working copy; a revision is made by "Save draft".
 */
export function AutosaveStatusLine(props: { status: AutosaveStatus; unsaved: boolean; onRetry: () => void }) {
  const { status } = props;
  return (
    <p className="small muted autosave-status" role="status" aria-live="polite">
      {status.kind === "saving" && "Saving…"}
      {status.kind === "saved" &&
        `Saved at ${clock(status.at)}${props.unsaved ? " as your working copy: “Save draft” makes it a revision" : ""}`}
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
