/**
 * How repeated failed sign-ins are slowed and then locked. Counts come from login_attempt (in
 * PostgreSQL, so every app instance agrees). Per account, failures count since the last
 * successful sign-in within the window; per address, every failure within the window counts,
 * because one address may try many accounts. From a known address (see knownAddressDays) the
 * account's count is of that address's own failures: an attacker elsewhere slows and locks
 * only themselves, never the owner at an address they signed in from before. An admin can
 * also unlock an account (unlock-sign-in.ts), which counts as a success.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  account: { slowAfter: 3, lockAfter: 6 },
  address: { slowAfter: 20, lockAfter: 100 },
  maxDelayMs: 30_000,
  /**
   * An address this account signed in from within this many days is "known": there, the
   * account's count is of that address's failures only, so failures from elsewhere (someone
   * trying to lock the owner out) never lock the owner's usual places out.
   */
  knownAddressDays: 90,
} as const;

export interface AttemptStats {
  failures: number;
  lastFailureAt: Date | null;
}

export type ThrottleDecision =
  | { allowed: true }
  | { allowed: false; reason: "LOCKED" | "SLOWED"; retryAfterSeconds: number; scope: "account" | "address" };

/** Whether one more attempt may be made now, given the failures seen for one scope. */
function decide(
  stats: AttemptStats,
  limits: { slowAfter: number; lockAfter: number },
  scope: "account" | "address",
  now: Date,
): ThrottleDecision {
  if (!stats.lastFailureAt || stats.failures < limits.slowAfter) return { allowed: true };
  const since = now.getTime() - stats.lastFailureAt.getTime();
  const locked = stats.failures >= limits.lockAfter;
  // Slowed: each further failure doubles the wait before the next attempt (1 s, 2 s, 4 s, ...).
  const wait = locked
    ? THROTTLE.lockMs
    : Math.min(1000 * 2 ** (stats.failures - limits.slowAfter), THROTTLE.maxDelayMs);
  if (since >= wait) return { allowed: true };
  return {
    allowed: false,
    reason: locked ? "LOCKED" : "SLOWED",
    retryAfterSeconds: Math.ceil((wait - since) / 1000),
    scope,
  };
}

/** The stricter of the account's and the address's decisions. */
export function throttleDecision(account: AttemptStats, address: AttemptStats, now: Date): ThrottleDecision {
  const decisions = [
    decide(account, THROTTLE.account, "account", now),
    decide(address, THROTTLE.address, "address", now),
  ];
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length === 0) return { allowed: true };
  return refused.reduce((a, b) => (a.retryAfterSeconds >= b.retryAfterSeconds ? a : b));
}
