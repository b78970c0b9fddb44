"use client";

import { useEffect, useRef, useState } from "react";
import { checkFactAction } from "@/app/facts/actions";
import type { CheckResult } from "./preview-panel";

/** Ask the server to check the content a moment after the editor stops typing; ignore stale answers. */
export function useLiveCheck(relationId: string, content: unknown, delayMs = 400) {
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [checking, setChecking] = useState(false);
  const latest = useRef(0);
  const json = JSON.stringify(content);
  useEffect(() => {
    const ticket = ++latest.current;
    setChecking(true);
    const timer = setTimeout(async () => {
      const result = await checkFactAction(relationId, JSON.parse(json)).catch(() => null);
      if (ticket !== latest.current) return;
      setChecking(false);
      if (result?.ok) setCheck(result.data as CheckResult);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [relationId, json, delayMs]);
  return { check, checking };
}
