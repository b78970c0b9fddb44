import { getDb } from "../client";
import { AppError } from "../errors";
import type { Tx } from "../tx";
import { type AttemptStats, THROTTLE, throttleDecision } from "./throttle-policy";

async function accountStats(tx: Tx, email: string, since: Date): Promise<AttemptStats> {
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { email, success: true, at: { gt: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const where = { email, success: false, at: { gt: lastSuccess?.at ?? since } };
  const [failures, last] = await Promise.all([
    tx.loginAttempt.count({ where }),
    tx.loginAttempt.findFirst({ where, orderBy: { at: "desc" }, select: { at: true } }),
  ]);
  return { failures, lastFailureAt: last?.at ?? null };
}

async function addressStats(tx: Tx, ip: string, since: Date): Promise<AttemptStats> {
  const where = { ip, success: false, at: { gt: since } };
  const [failures, last] = await Promise.all([
    tx.loginAttempt.count({ where }),
    tx.loginAttempt.findFirst({ where, orderBy: { at: "desc" }, select: { at: true } }),
  ]);
  return { failures, lastFailureAt: last?.at ?? null };
}

/**
 * Check the throttle and, if the attempt may go ahead, record it as a failure straight away.
 * Checking and recording in one transaction under advisory locks (per account, then per
 * address) means concurrent attempts, on any app instance, cannot slip past the count; the row
 * is marked a success afterwards if the password was right.
 */
export async function reserveLoginAttempt(email: string, ip: string): Promise<bigint> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(2, hashtext(${ip}))`;
    // The database's clock, not this instance's: every instance then measures waits alike.
    const [clock] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
    const now = clock?.now ?? new Date();
    const since = new Date(now.getTime() - THROTTLE.windowMs);
    const decision = throttleDecision(await accountStats(tx, email, since), await addressStats(tx, ip, since), now);
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      const message =
        decision.reason === "LOCKED"
          ? `Too many failed sign-ins: ${decision.scope === "account" ? "this account" : "sign-in from your address"} is locked for ${minutes} minute${minutes === 1 ? "" : "s"}`
          : `Too many failed sign-ins: wait ${decision.retryAfterSeconds} second${decision.retryAfterSeconds === 1 ? "" : "s"} and try again`;
      throw new AppError("UNAUTHENTICATED", message, {
        reason: decision.reason,
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    const attempt = await tx.loginAttempt.create({
      data: { email, ip, success: false, at: now },
      select: { id: true },
    });
    return attempt.id;
  });
}

export async function markLoginSucceeded(attemptId: bigint): Promise<void> {
  await getDb().loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

export async function forgetLoginAttempt(attemptId: bigint): Promise<void> {
  await getDb().loginAttempt.delete({ where: { id: attemptId } });
}
