import { AppError, notFound } from "../errors";
import type { Tx } from "../tx";

/** The flag an editor decides on, refused if another decision came first. */
export async function loadOpenFlag(tx: Tx, flagId: string) {
  const flag = await tx.factFlag.findUnique({
    where: { id: flagId },
    select: {
      id: true,
      rule: true,
      excerpt: true,
      payload: true,
      factId: true,
      resolvedAt: true,
      fact: { select: { relationId: true } },
    },
  });
  if (!flag) throw notFound("Flag");
  if (flag.resolvedAt) throw new AppError("CONFLICT", "This warning was already dealt with: reload the page");
  return flag;
}

/** Mark the flag decided; only the first of two concurrent decisions gets here. */
export async function closeFlag(tx: Tx, flagId: string, actorId: string | null) {
  const { count } = await tx.factFlag.updateMany({
    where: { id: flagId, resolvedAt: null },
    data: { resolvedAt: new Date(), resolvedById: actorId },
  });
  if (count === 0) throw new AppError("CONFLICT", "This warning was already dealt with: reload the page");
}
