import type { Actor } from "./actor";
import { AppError } from "./errors";

const RANK = { EDITOR: 1, REVIEWER: 2, ADMIN: 3, SYSTEM: 4 } as const;

/** Refuse unless the actor holds at least `minimum`. The importer and seed act as SYSTEM. */
export function assertRole(actor: Actor, minimum: "EDITOR" | "REVIEWER" | "ADMIN"): void {
  // Fail closed: a role this code does not know ranks below every requirement.
  const rank: number | undefined = RANK[actor.role];
  if (rank === undefined || rank < RANK[minimum]) {
    throw new AppError("FORBIDDEN", `This needs the ${minimum.toLowerCase()} role`);
  }
}
