import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { disconnectDb } from "@dyad/db";
import { startEmbeddedPostgres } from "@dyad/db/embedded";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { prepareDatabase } from "./run-database";
import { freePort } from "./test-database";

/**
 * A second, empty database beside this run's: a new database on the same server, or, when the
 * run uses the embedded server (one database per server), a second embedded server.
 */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const runUrl = inject("databaseUrl");
  const client = new pg.Client({ connectionString: runUrl });
  await client.connect();
  const { rows } = await client.query<{ version: string }>("SELECT version()");
  if (!rows[0]?.version.includes("PGlite")) {
    const name = `dyad_scratch_${Date.now()}_${process.pid}`;
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(runUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        const admin = new pg.Client({ connectionString: runUrl });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  await client.end();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "dyad-scratch-"));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A database of this test file's own, migrated and seeded like the run's, for a file that holds
 * table locks or long transactions, which would stall the other files sharing the run's database.
 * Call it at the top of the file: from its beforeAll on, the domain operations use that database.
 * Returns its URL (for the file's own connections and child processes).
 */
export function useOwnDatabase(): () => string {
  let own: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  beforeAll(async () => {
    own = await createScratchDatabase();
    await prepareDatabase(own.url, { adminEmail: inject("adminEmail") });
  });
  afterAll(async () => {
    await disconnectDb();
    // Back to the run's database, for the next file this worker runs (the db tier does not isolate files).
    process.env.DATABASE_URL = inject("databaseUrl");
    await own?.drop();
  });
  return () => {
    if (!own) throw new Error("the file's own database is not ready yet (use it in tests or hooks)");
    return own.url;
  };
}
