import { deliverRevalidations, outboxSweptHere, pruneIdempotencyKeys, pruneRevalidations } from "@dyad/db";
import { env } from "../env";

const EVERY_MS = 5_000;
/** Forgetting day-old keys and hour-old revalidations: once a minute is plenty (two DELETEs). */
const PRUNE_EVERY = 12;

/**
 * Deliver revalidations that a publish could not (the public site was down, or a process died
 * after its commit): once shortly after start, then every five seconds. See
 * @dyad/db deliver-revalidations.ts. The same sweep forgets idempotency keys older than a day,
 * every twelfth time (each sweep's statements are commits every editor pays for, issue 21.4).
 */
export function startRevalidationSweep() {
  const e = env();
  if (!e.DYAD_WEB_URL || !e.DYAD_REVALIDATE_SECRET) return;
  // This sweep deletes what a delivery after a publish took: that delivery need not (one commit).
  outboxSweptHere();
  let sweeps = 0;
  const sweep = async () => {
    try {
      if (sweeps++ % PRUNE_EVERY === 0) await Promise.all([pruneRevalidations(), pruneIdempotencyKeys()]);
      const { delivered } = await deliverRevalidations();
      if (delivered > 0) console.log(`Delivered ${delivered} pending revalidation(s) to the public site`);
    } catch (error) {
      console.warn(`Revalidation sweep failed: ${(error as Error).message}`);
    }
  };
  setTimeout(sweep, 1000).unref();
  setInterval(sweep, EVERY_MS).unref();
}
