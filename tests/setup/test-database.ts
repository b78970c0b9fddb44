import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@dyad/db/embedded";
import pg from "pg";

/**
 * A fresh, empty database for one test run: a new database on the server in DATABASE_URL when
 * it is set (CI: the machine's PostgreSQL), otherwise a new embedded PGlite in a temp folder.
 */
export async function createTestDatabase(): Promise<{ url: string; kind: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `dyad_test_${Date.now()}_${process.pid}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: `PostgreSQL (${url.host}, database ${name})`,
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "dyad-test-pglite-"));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return {
    url: embedded.url,
    kind: `embedded PGlite (${dataDir})`,
    drop: async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** One administrative statement (create or drop a database, replay control) on a connection of its own. */
export async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
