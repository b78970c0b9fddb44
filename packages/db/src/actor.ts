/** Who is doing something. The name is stored with every change, so history outlives accounts. */
export interface Actor {
  id: string | null;
  name: string;
  role: "EDITOR" | "REVIEWER" | "ADMIN" | "SYSTEM";
}

export const SYSTEM_ACTOR: Actor = { id: null, name: "Dyad importer", role: "SYSTEM" };
