import { publishDueChangeSets } from "@dyad/db";

const EVERY_MS = 5_000;

/**
 * Publish scheduled change-sets whose time has come: once shortly after start (a schedule missed
 * while the app was down is published then, marked late), then every five seconds. Schedules
 * live in the database, so they survive restarts; see @dyad/db publish-due-change-sets.ts.
 */
export function startScheduleSweep() {
  const sweep = async () => {
    try {
      const { published, held } = await publishDueChangeSets();
      if (published + held > 0) console.log(`Scheduled change-sets: ${published} published, ${held} held`);
    } catch (error) {
      console.warn(`Schedule sweep failed: ${(error as Error).message}`);
    }
  };
  setTimeout(sweep, 1000).unref();
  setInterval(sweep, EVERY_MS).unref();
}
