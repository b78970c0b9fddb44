import type { Actor } from "../actor";
import { AppError } from "../errors";
import { hasRole, roleRefusal } from "../permissions";

/** A working copy belongs to one signed-in editor: the importer and scheduler have none. */
export function workingDraftOwner(actor: Actor): string {
  if (!hasRole(actor, "EDITOR")) throw roleRefusal("EDITOR");
  if (!actor.id) throw new AppError("FORBIDDEN", "Only a signed-in editor has working copies");
  return actor.id;
}
