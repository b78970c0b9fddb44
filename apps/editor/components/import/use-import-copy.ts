"use client";

import type { FactKind, NamedField } from "@dyad/db";
import { useRef } from "react";
import { useFormCopy } from "../autosave/use-form-copy";
import { type ContentInput, toContent, toFormState } from "../fact-editor/form-state";
import type { Decision } from "./proposal-card";

/** What the import page keeps as the editor works: the article, where it was read, the adjustments. */
export interface ImportCopy {
  text: string;
  originUrl: string;
  retrievedOn: string;
  adjustments: Record<string, { accept: boolean; content?: ContentInput }>;
  savedAt: string;
}

/**
 * The import page's autosave and leave guard. Its adjustments belong to one analysis of the
 * article, so a restored copy brings the article back at once and its adjustments when that same
 * article is analysed again (`withRestored`).
 */
export function useImportCopy(options: {
  restored: ImportCopy | null;
  text: string;
  originUrl: string;
  retrievedOn: string;
  decisions: Record<string, Decision>;
  fieldsOf: (kind: FactKind) => NamedField[];
  busy: boolean;
}) {
  const { text, originUrl, retrievedOn, fieldsOf } = options;
  const adjustments = Object.fromEntries(
    Object.entries(options.decisions).map(([key, d]) => [
      key,
      d.edited ? { accept: d.accept, content: toContent(d.state, fieldsOf(d.state.kind)) } : { accept: d.accept },
    ]),
  );
  const content = { text, originUrl, retrievedOn, adjustments };
  const copy = useFormCopy({ key: { form: "IMPORT" }, content, busy: options.busy });
  const unapplied = useRef(options.restored);

  /** A fresh analysis's decisions, with the restored adjustments over them if it is the article they were made on. */
  function withRestored(analysed: string, fresh: Record<string, Decision>): Record<string, Decision> {
    const restored = unapplied.current;
    unapplied.current = null;
    if (!restored || restored.text !== analysed) return fresh;
    const merged = { ...fresh };
    for (const [key, decision] of Object.entries(fresh)) {
      const kept = restored.adjustments[key];
      if (!kept) continue;
      const state = kept.content ? toFormState(kept.content, fieldsOf(kept.content.kind), {}) : decision.state;
      merged[key] = { accept: kept.accept, edited: !!kept.content, state };
    }
    return merged;
  }

  /** Throw the copy away (after the import, or on the editor's word); the page then shows `then`. */
  function discard(then: typeof content) {
    unapplied.current = null;
    return copy.discard(then);
  }

  return { status: copy.status, retry: copy.retry, withRestored, discard, content };
}
