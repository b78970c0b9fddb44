import { ZUuid } from "@dyad/core/schemas/fact";
import { defineOperation } from "../lib/define-operation";
import { loadDraft } from "./draft-view";

/** A fact's latest draft, for an editor's script (the revision id to send as If-Match). */
export const getDraftFact = defineOperation({
  minRole: "EDITOR",
  input: { factId: ZUuid },
  transaction: false,
  run: ({ input: { factId } }) => loadDraft(factId),
});
