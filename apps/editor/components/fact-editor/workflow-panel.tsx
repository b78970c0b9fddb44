"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { workflowAction } from "@/app/facts/actions";
import type { ActionError } from "@/lib/action-result";
import { StateBadge } from "../state-badge";

type Step = "submit" | "approve" | "reject" | "unpublish" | "delete";

/**
 * Review buttons for the saved draft. They act on the revision this page shows (the server
 * refuses if it moved on) and are offered by role; the server checks the role again.
 */
export function WorkflowPanel(props: {
  factId: string;
  draftRevisionId: string;
  reviewState: string;
  reviewNote: string | null;
  isPublic: boolean;
  canReview: boolean;
  /** An admin may approve their own draft with a reason (four eyes). */
  canOverrideFourEyes: boolean;
  dirty: boolean;
  onError: (error: ActionError) => void;
}) {
  const router = useRouter();
  const [pending, setPending] = useState<Step | null>(null);
  const [rejecting, setRejecting] = useState(false);
  // Set when publishing was refused for want of a followable source: offer the audited override.
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState("");
  // Set when approval was refused because this admin wrote the draft: offer the audited override.
  const [selfApproving, setSelfApproving] = useState(false);
  const [selfReason, setSelfReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const reasonId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // The reason field appears because the reviewer asked for it: take them there.
  useEffect(() => {
    if (rejecting) reasonRef.current?.focus();
  }, [rejecting]);
  const { reviewState, canReview } = props;

  async function run(step: Step) {
    if (step === "delete" && !window.confirm("Delete this fact? It leaves the public site; its history stays.")) return;
    setPending(step);
    setMessage(null);
    const result = await workflowAction({
      step,
      factId: props.factId,
      expectedRevisionId: props.draftRevisionId,
      reason: step === "reject" || (step === "approve" && overriding) ? reason : undefined,
      selfApprovalReason: step === "approve" && selfApproving ? selfReason : undefined,
    });
    setPending(null);
    if (result.ok) {
      setRejecting(false);
      setOverriding(false);
      setSelfApproving(false);
      setMessage({ ok: true, text: DONE[step] });
      router.refresh();
    } else {
      setMessage({ ok: false, text: result.error.message });
      if (step === "approve" && /no source a reader can follow/.test(result.error.message)) setOverriding(true);
      if (step === "approve" && result.error.details?.fourEyes && props.canOverrideFourEyes) setSelfApproving(true);
      props.onError(result.error);
    }
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  const unsaved = props.dirty;
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <p>
        Status: <StateBadge state={reviewState} />
        {props.isPublic && reviewState !== "PUBLISHED" && " · an earlier revision is public"}
      </p>
      {reviewState === "REJECTED" && props.reviewNote && (
        <p className="notice error">
          <strong>Rejected:</strong> {props.reviewNote}
        </p>
      )}
      {unsaved && <p className="small muted">Save your changes first: these buttons act on the saved draft.</p>}
      <div className="actions">
        {(reviewState === "DRAFT" || reviewState === "REJECTED") && (
          <button type="button" disabled={unsaved || !!pending} onClick={() => run("submit")}>
            {pending === "submit" ? "Submitting…" : "Submit for review"}
          </button>
        )}
        {canReview && reviewState !== "PUBLISHED" && (
          <button type="button" disabled={unsaved || !!pending} onClick={() => run("approve")}>
            {pending === "approve" ? "Publishing…" : reviewState === "SUBMITTED" ? "Approve and publish" : "Publish"}
          </button>
        )}
        {canReview && reviewState === "SUBMITTED" && !rejecting && (
          <button type="button" className="secondary" disabled={!!pending} onClick={() => setRejecting(true)}>
            Reject…
          </button>
        )}
        {canReview && props.isPublic && (
          <button type="button" className="secondary" disabled={!!pending} onClick={() => run("unpublish")}>
            {pending === "unpublish" ? "Unpublishing…" : "Unpublish"}
          </button>
        )}
        {canReview && (
          <button type="button" className="danger" disabled={!!pending} onClick={() => run("delete")}>
            {pending === "delete" ? "Deleting…" : "Delete"}
          </button>
        )}
      </div>
      {rejecting && (
        <div className="field">
          <label htmlFor={reasonId}>Why? The editors see this.</label>
          <textarea id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} ref={reasonRef} />
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={!!pending || !reason.trim()}
              onClick={() => run("reject")}
            >
              {pending === "reject" ? "Rejecting…" : "Reject with this reason"}
            </button>
            <button type="button" className="secondary" onClick={() => setRejecting(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {overriding && canReview && (
        <div className="field">
          <label htmlFor={`${reasonId}-override`}>
            Publish it unsourced anyway? Say why (recorded in the audit log; readers see “unsourced”).
          </label>
          <textarea id={`${reasonId}-override`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          <div className="actions">
            <button type="button" disabled={!!pending || !reason.trim()} onClick={() => run("approve")}>
              {pending === "approve" ? "Publishing…" : "Publish unsourced with this reason"}
            </button>
            <button type="button" className="secondary" onClick={() => setOverriding(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {selfApproving && canReview && (
        <div className="field">
          <label htmlFor={`${reasonId}-self`}>
            Approve your own draft anyway? Say why (administrators only; recorded in the audit log).
          </label>
          <textarea
            id={`${reasonId}-self`}
            value={selfReason}
            onChange={(e) => setSelfReason(e.target.value)}
            rows={2}
          />
          <div className="actions">
            <button type="button" disabled={!!pending || !selfReason.trim()} onClick={() => run("approve")}>
              {pending === "approve" ? "Publishing…" : "Approve my own draft with this reason"}
            </button>
            <button type="button" className="secondary" onClick={() => setSelfApproving(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <p
          className={`notice ${message.ok ? "ok" : "error"}`}
          role={message.ok ? "status" : "alert"}
          tabIndex={-1}
          ref={statusRef}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}

const DONE: Record<Step, string> = {
  submit: "Submitted for review.",
  approve: "Published: the public site shows it within seconds.",
  reject: "Rejected and sent back to the editors.",
  unpublish: "Unpublished: the public site no longer shows it.",
  delete: "Deleted. Its history is kept.",
};
