import { deliverDueWebhooks } from "@dyad/db";
import { env } from "../env";

/**
 * Delivers webhooks from every web instance, every DYAD_WEBHOOKS_INTERVAL_MS (default 2 s; 0
 * turns it off). Instances share the work safely: a run claims subscriptions with SKIP LOCKED.
 * A failed run is logged and the next one tries again.
 */
export function startWebhookWorker() {
  const interval = env().DYAD_WEBHOOKS_INTERVAL_MS;
  if (interval === 0) return;
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueWebhooks();
    } catch (error) {
      console.error("Webhook deliveries failed; trying again shortly", error);
    } finally {
      running = false;
    }
  }, interval);
  timer.unref();
}
