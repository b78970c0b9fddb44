import type { Actor } from "./actor";
import { AppError } from "./errors";

const RANK = { EDITOR: 1, REVIEWER: 2, ADMIN: 3, SYSTEM: 4 } as const;

/** Refuse unless the actor holds at least `minimum`. The importer and seed act as SYSTEM. */
export function assertRole(actor: Actor, minimum: "EDITOR" | "REVIEWER" | "ADMIN"): void {
  if (RANK[actor.role] < RANK[minimum]) {
    throw new AppError("FORBIDDEN", `This needs the ${minimum.toLowerCase()} role`);
  }
}
