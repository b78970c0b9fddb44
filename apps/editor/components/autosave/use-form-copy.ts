"use client";

import { autosaveFormAction, discardFormCopyAction } from "@/app/working-copies/actions";
import { useAutosave } from "../fact-editor/use-autosave";
import { useLeaveGuard } from "../fact-editor/use-leave-guard";

/** A form without a fact whose input is kept as the editor types (schemas/working-copy.ts). */
export type FormCopyKey =
  | { form: "CHANGE_SET_SUMMARY"; relationId: string; changeSetId: string }
  | { form: "OPEN_CHANGE_SET" }
  | { form: "IMPORT" };

/**
 * Autosave and the leave guard for such a form: `content` (what it shows) is kept as the editor's
 * copy under `key` while the form is not `busy` saving it for real. The server holds what the form
 * opened with (a restored copy, or nothing typed yet).
 */
export function useFormCopy(options: { key: FormCopyKey; content: object; busy: boolean }) {
  const snapshot = JSON.stringify(options.content);
  const autosave = useAutosave({
    enabled: !options.busy,
    snapshot,
    initialStored: snapshot,
    send: (sent) => autosaveFormAction({ ...options.key, content: JSON.parse(sent) }),
  });
  useLeaveGuard(autosave.pending);
  /** Throw the copy away; the form then shows `then`, which the server holds as nothing unsaved. */
  async function discard(then: object) {
    const result = await discardFormCopyAction(options.key);
    if (result.ok) autosave.markStored(JSON.stringify(then));
    return result;
  }
  return { ...autosave, discard };
}
