import { autosaveFactAction, discardWorkingDraftAction } from "@/app/facts/actions";
import { autosaveFormAction, discardFormCopyAction } from "@/app/working-copies/actions";
import type { ContentInput } from "./form-state";

/** What getWorkingDraft (an existing fact) or getWorkingCopy (a new one) returns, as the form loads it. */
export interface WorkingCopy {
  content: ContentInput;
  note: string;
  baseRevisionId: string | null;
  savedAt: string;
}

/** Which copy the form keeps: an existing fact's by fact, a new fact's by relation; both by change-set. */
type CopyKey = { factId?: string; relationId: string; changeSetId: string | null };

/** What autosave keeps: the form's content, its note and the revision it was based on. */
export const snapshotOf = (content: unknown, note: string, baseRevisionId: string | undefined) =>
  JSON.stringify({ baseRevisionId: baseRevisionId ?? null, content, note });

/** Keep a snapshot on the server: an existing fact's working draft, or a new fact's working copy. */
export function sendFactCopy(key: CopyKey, snapshot: string) {
  const { content, note, baseRevisionId } = JSON.parse(snapshot) as {
    content: unknown;
    note: string;
    baseRevisionId: string | null;
  };
  if (key.factId)
    return autosaveFactAction({ factId: key.factId, changeSetId: key.changeSetId, baseRevisionId, content, note });
  const { relationId, changeSetId } = key;
  return autosaveFormAction({ form: "NEW_FACT", relationId, changeSetId, content: { fact: content, note } });
}

/** Throw the form's copy away. */
export function discardFactCopy(key: CopyKey) {
  if (key.factId) return discardWorkingDraftAction({ factId: key.factId, changeSetId: key.changeSetId });
  return discardFormCopyAction({ form: "NEW_FACT", relationId: key.relationId, changeSetId: key.changeSetId });
}
