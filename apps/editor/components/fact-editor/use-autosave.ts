"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";

/**
 * A change is sent at most this long after it was typed: the timer starts at the first change
 * the server does not hold and typing on does not push it back, so a crash of the browser loses
 * at most this much typing (and the request in flight).
 */
export const AUTOSAVE_AFTER_MS = 1500;

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string };

const LOST = "the connection was lost";

/**
 * Keep the form's `snapshot` (a string the caller builds) on the server with `send`: one request
 * at a time, what was typed meanwhile goes next. A failure is shown and retried on the next
 * change or by `retry`. `pending` is true while the server does not hold what the form shows
 * (the leave guard asks then). `markStored` records a snapshot the server holds by other means
 * (an explicit save, a discard).
 */
export function useAutosave(options: {
  enabled: boolean;
  snapshot: string;
  initialStored: string;
  send: (snapshot: string) => Promise<ActionResult<{ savedAt: string }>>;
}) {
  const { enabled, snapshot } = options;
  const [stored, setStored] = useState(options.initialStored);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  const [failedOn, setFailedOn] = useState<string | null>(null);
  const latest = useRef(snapshot);
  latest.current = snapshot;
  const send = useRef(options.send);
  send.current = options.send;
  const inFlight = useRef(false);

  const flush = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const sent = latest.current;
    setStatus({ kind: "saving" });
    const result = await send.current(sent).catch(() => null);
    inFlight.current = false;
    if (result?.ok) {
      setStored(sent);
      setFailedOn(null);
      setStatus({ kind: "saved", at: result.data.savedAt });
    } else {
      setFailedOn(sent);
      setStatus({ kind: "failed", message: result && !result.ok ? result.error.message : LOST });
    }
  }, []);

  const pending = enabled && snapshot !== stored;
  const waiting = pending && status.kind !== "saving" && snapshot !== failedOn;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [waiting, flush]);

  const markStored = useCallback((held: string) => {
    setStored(held);
    setFailedOn(null);
    setStatus((s) => (s.kind === "failed" ? { kind: "idle" } : s));
  }, []);

  return { status, pending, retry: () => void flush(), markStored };
}
