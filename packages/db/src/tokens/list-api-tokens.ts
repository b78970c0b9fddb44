import type { Actor } from "../actor";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { ZUuid } from "../schemas/fact";
import { type TApiTokenView, toApiTokenView, tokenSelect } from "./token-view";

/** A person's API tokens, newest first (revoked and expired ones too). Admins may list anyone's. */
export async function listApiTokens(options: { actor: Actor; userId?: string }): Promise<TApiTokenView[]> {
  assertRole(options.actor, "EDITOR");
  const userId = options.userId === undefined ? options.actor.id : parseInput(ZUuid, options.userId);
  if (!userId) return [];
  if (userId !== options.actor.id && options.actor.role !== "ADMIN") {
    throw new AppError("FORBIDDEN", "Only admins can see other people's tokens");
  }
  const rows = await getDb().apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: tokenSelect,
  });
  const now = new Date();
  return rows.map((row) => toApiTokenView(row, now));
}
