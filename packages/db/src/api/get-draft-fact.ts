import type { Actor } from "../actor";
import { parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { loadDraft } from "./draft-view";

/** A fact's latest draft, for an editor's script (the revision id to send as If-Match). */
export async function getDraftFact(options: { factId: string; actor: Actor }) {
  assertRole(options.actor, "EDITOR");
  return loadDraft(parseInput(ZUuid, options.factId));
}
