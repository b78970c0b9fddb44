import type { Role } from "./generated/prisma/enums";

/** Who is doing something. The name is stored with every change, so history outlives accounts. */
export interface Actor {
  id: string | null;
  name: string;
  /** An account's role (Prisma's Role), or SYSTEM for the importer and the seed. */
  role: Role | "SYSTEM";
}

export const SYSTEM_ACTOR: Actor = { id: null, name: "Dyad importer", role: "SYSTEM" };
