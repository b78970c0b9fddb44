import type { Actor } from "../actor";
import { getDb } from "../client";
import { assertRole } from "../permissions";

/** Every account for the admin page, newest first; never the password hash. */
export async function listUsers(options: { actor: Actor }) {
  assertRole(options.actor, "ADMIN");
  const users = await getDb().user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
  return users.map((u) => ({
    ...u,
    disabledAt: u.disabledAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  }));
}
