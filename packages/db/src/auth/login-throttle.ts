import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError } from "../errors";
import { addressBudget } from "../http/address-budget";
import type { Tx } from "../tx";
import { type AttemptStats, THROTTLE, throttleDecision } from "./throttle-policy";

/**
 * The account's failures since its last success in the window; from a known address only that
 * address's failures (see THROTTLE.knownAddressDays).
 */
async function accountStats(tx: Tx, email: string, ip: string, since: Date, now: Date): Promise<AttemptStats> {
  const knownSince = new Date(now.getTime() - THROTTLE.knownAddressDays * 86_400_000);
  const known = await tx.loginAttempt.findFirst({
    where: { email, ip, success: true, at: { gt: knownSince } },
    select: { id: true },
  });
  const scope = known ? { email, ip } : { email };
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { ...scope, success: true, at: { gt: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const where = { ...scope, success: false, at: { gt: lastSuccess?.at ?? since } };
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
 * is marked a success afterwards if the password was right. Rows and counts are per
 * addressBudget (an IPv6 client's whole /64); the audit names the exact address.
 */
export async function reserveLoginAttempt(email: string, clientIp: string): Promise<LoginAttempt> {
  const ip = addressBudget(clientIp);
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(2, hashtext(${ip}))`;
    // The database's clock, not this instance's: every instance then measures waits alike.
    const [clock] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
    const now = clock?.now ?? new Date();
    const since = new Date(now.getTime() - THROTTLE.windowMs);
    const account = await accountStats(tx, email, ip, since, now);
    const address = await addressStats(tx, ip, since);
    const decision = throttleDecision(account, address, now);
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      // Saying until when reveals nothing about which emails have accounts: failures count per
      // email typed, so an unknown email locks, and is told so, exactly like a real account.
      const until = new Date(now.getTime() + decision.retryAfterSeconds * 1000);
      const message =
        decision.reason === "LOCKED"
          ? `Too many failed sign-ins: ${decision.scope === "account" ? "this account" : "sign-in from your address"} is locked for ${minutes} minute${minutes === 1 ? "" : "s"}, until ${until.toISOString().slice(11, 16)} UTC`
          : `Too many failed sign-ins: wait ${decision.retryAfterSeconds} second${decision.retryAfterSeconds === 1 ? "" : "s"} and try again`;
      throw new AppError("UNAUTHENTICATED", message, {
        reason: decision.reason,
        retryAfterSeconds: decision.retryAfterSeconds,
        until: until.toISOString(),
      });
    }
    const attempt = await tx.loginAttempt.create({
      data: { email, ip, success: false, at: now },
      select: { id: true },
    });
    // If this attempt fails, does it start a lock? Said in the audit log when it does.
    const locks =
      account.failures + 1 === THROTTLE.account.lockAfter
        ? "account"
        : address.failures + 1 === THROTTLE.address.lockAfter
          ? "address"
          : null;
    return { id: attempt.id, email, ip: clientIp, locks } satisfies LoginAttempt;
  });
}

export interface LoginAttempt {
  id: bigint;
  email: string;
  /** The client's exact address, for the audit (the row counts its addressBudget). */
  ip: string;
  /** The lock a failure of this attempt starts, if any. */
  locks: "account" | "address" | null;
}

/** How much of the email typed a failed sign-in's audit event keeps (never the password). */
export const TYPED_EMAIL_KEPT = 100;

/**
 * A failed attempt: audited with the email as typed (cut to TYPED_EMAIL_KEPT characters: it may
 * be anything, even a password typed in the wrong field), with the lock it starts (the row
 * already counts as a failure).
 */
export async function recordLoginFailure(attempt: LoginAttempt, typedEmail: string): Promise<void> {
  const { ip, locks } = attempt;
  const typed = typedEmail.trim().slice(0, TYPED_EMAIL_KEPT);
  await getDb().$transaction(async (tx) => {
    const actor = { id: null, name: `sign-in from ${ip}`, role: "SYSTEM" as const };
    await writeAuditEvent(tx, { actor, event: { type: "auth.sign_in_failed", payload: { email: typed, ip } } });
    if (locks) {
      const minutes = THROTTLE.lockMs / 60_000;
      await writeAuditEvent(tx, {
        actor,
        // The lock is on the email as compared (normalized), so that is what it names.
        event: { type: "auth.locked", payload: { email: attempt.email, ip, scope: locks, minutes } },
      });
    }
  });
}

/**
 * A successful attempt: no longer a failure (and its address now known), and audited as the
 * account's sign-in unless the caller audits what it was for (a password change).
 */
export async function markLoginSucceeded(attempt: LoginAttempt, actor: Actor, audit = true): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: attempt.id }, data: { success: true } });
    if (!audit) return;
    await writeAuditEvent(tx, {
      actor,
      event: { type: "auth.signed_in", payload: { email: attempt.email, ip: attempt.ip } },
    });
  });
}

export async function forgetLoginAttempt(attemptId: bigint): Promise<void> {
  await getDb().loginAttempt.delete({ where: { id: attemptId } });
}
