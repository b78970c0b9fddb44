import type { Actor } from "./actor";
import { AppError } from "./errors";
import type { Role } from "./generated/prisma/enums";

const RANK = { EDITOR: 1, REVIEWER: 2, ADMIN: 3, SYSTEM: 4 } as const satisfies Record<Actor["role"], number>;

/** The least role an operation needs: one of the roles an account can hold (Prisma's Role). */
export type TMinRole = Role;

/** Whether the actor holds at least `minimum`. The importer and seed act as SYSTEM. */
export function hasRole(actor: Actor, minimum: TMinRole): boolean {
  // Fail closed: a role this code does not know ranks below every requirement.
  const rank: number | undefined = RANK[actor.role];
  return rank !== undefined && rank >= RANK[minimum];
}

/** The refusal of an actor below `minimum`. */
export const roleRefusal = (minimum: TMinRole) =>
  new AppError("FORBIDDEN", `This needs the ${minimum.toLowerCase()} role`);
