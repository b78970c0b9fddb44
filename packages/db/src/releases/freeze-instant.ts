import { justBefore } from "@dyad/core/instant";
import { PUBLISHING } from "../api/read-instant";
import { AppError } from "../errors";
import { INSTANT_FORMAT } from "../read-model/instant";
import type { Tx } from "../tx";

// Only publishing transactions can still write a publication before now (see api/read-instant.ts):
// other cuts, backups and idle transactions are left out, so none of them can stall a cut.
const CHECK_SQL = `
  SELECT to_char(LEAST(clock_timestamp(), (SELECT min(xact_start) FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
             AND application_name = '${PUBLISHING}' AND xact_start IS NOT NULL))
         AT TIME ZONE 'UTC', '${INSTANT_FORMAT}') AS horizon,
         to_char(now() AT TIME ZONE 'UTC', '${INSTANT_FORMAT}') AS started`;

/**
 * The instant a release freezes, taken inside the release's transaction: settled (every
 * publication at or before it is committed) and not before the transaction's own start. While
 * the transaction runs, no reader treats "which release" as final for an instant from its start
 * on (see api/read-instant.ts), so no final answer can be contradicted when this release
 * commits. Waits for older publishing transactions to end (usually milliseconds).
 */
export async function freezeInstant(tx: Tx, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // pg_stat_activity is read once per transaction unless this clears the cached copy.
    await tx.$executeRawUnsafe("SELECT pg_stat_clear_snapshot()");
    const [row] = await tx.$queryRawUnsafe<{ horizon: string; started: string }[]>(CHECK_SQL);
    if (row && row.horizon > row.started) return justBefore(row.horizon);
    if (Date.now() > deadline) {
      throw new AppError("CONFLICT", "The database is busy with a long transaction; try cutting the release again");
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
