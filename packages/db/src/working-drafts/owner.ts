import type { Actor } from "../actor";
import { AppError } from "../errors";
import { assertRole } from "../permissions";

/** A working copy belongs to one signed-in editor: the importer and scheduler have none. */
export function workingDraftOwner(actor: Actor): string {
  assertRole(actor, "EDITOR");
  if (!actor.id) throw new AppError("FORBIDDEN", "Only a signed-in editor has working copies");
  return actor.id;
}
