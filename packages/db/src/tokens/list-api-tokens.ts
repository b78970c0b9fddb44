import { ZUuid } from "@dyad/core/schemas/fact";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { type TApiTokenView, toApiTokenView, tokenSelect } from "./token-view";

/** A person's API tokens, newest first (revoked and expired ones too). Admins may list anyone's. */
export const listApiTokens = defineOperation({
  minRole: "EDITOR",
  input: { userId: ZUuid.optional() },
  transaction: false,
  async run({ input, actor, tx }): Promise<TApiTokenView[]> {
    const userId = input.userId ?? actor.id;
    if (!userId) return [];
    if (userId !== actor.id && actor.role !== "ADMIN") {
      throw new AppError("FORBIDDEN", "Only admins can see other people's tokens");
    }
    const rows = await tx.apiToken.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: tokenSelect,
    });
    const now = new Date();
    return rows.map((row) => toApiTokenView(row, now));
  },
});
