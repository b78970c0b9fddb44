import { execFile } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { adminQuery, freePort } from "./test-database";

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/**
 * A private PostgreSQL 15 primary with one streaming replica (pg_basebackup -R), in a temp
 * folder on free ports, for the replication tests: its own clusters, so it runs the same
 * whichever database the rest of the suite uses. As root (CI, sessions) the servers run as the
 * `postgres` OS user (PostgreSQL refuses root). Trust authentication on 127.0.0.1 only.
 */
export interface ReplicatedCluster {
  primaryUrl: string;
  replicaUrl: string;
  /** Stop the replica (fast shutdown: its connections are cut, as when a server goes away). */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Pause or resume WAL replay on the replica: lag on demand. */
  pauseReplay(paused: boolean): Promise<void>;
  query<T extends pg.QueryResultRow>(which: "primary" | "replica", sql: string): Promise<T[]>;
  stop(): Promise<void>;
}

const asPostgres = (command: string, args: string[]) =>
  process.getuid?.() === 0
    ? run("runuser", ["-u", "postgres", "--", path.join(BIN, command), ...args], { cwd: os.tmpdir() })
    : run(path.join(BIN, command), args, { cwd: os.tmpdir() });

export async function startReplicatedCluster(database = "dyad"): Promise<ReplicatedCluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dyad-replication-"));
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const options = (port: number) =>
    [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      `-c unix_socket_directories=${dir}`,
      "-c wal_level=replica",
      "-c max_wal_senders=4",
      "-c hot_standby=on",
      "-c fsync=off",
      "-c shared_buffers=32MB",
      "-c max_connections=60",
    ].join(" ");
  const start = (dataDir: string, port: number) =>
    asPostgres("pg_ctl", ["-D", dataDir, "-l", path.join(dir, `${port}.log`), "-o", options(port), "-w", "start"]);
  const stop = (dataDir: string) =>
    asPostgres("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]).catch(() => undefined);
  let started: string[] = [];
  try {
    // initdb's default pg_hba.conf with trust already allows replication from 127.0.0.1.
    await asPostgres("initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
    await start(primaryDir, primaryPort);
    started = [primaryDir];
    const primaryAdmin = `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`;
    await adminQuery(primaryAdmin, `CREATE DATABASE ${database}`);
    await asPostgres("pg_basebackup", [
      ...["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres"],
      ...["-D", replicaDir, "-R", "-X", "stream", "--no-sync", "--checkpoint=fast"],
    ]);
    await start(replicaDir, replicaPort);
    started = [replicaDir, primaryDir];
  } catch (error) {
    for (const d of started) await stop(d);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const url = (port: number) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const urls = { primary: url(primaryPort), replica: url(replicaPort) };
  return {
    primaryUrl: urls.primary,
    replicaUrl: urls.replica,
    stopReplica: async () => {
      await stop(replicaDir);
    },
    startReplica: async () => {
      await start(replicaDir, replicaPort);
    },
    pauseReplay: async (paused) => {
      await adminQuery(urls.replica, paused ? "SELECT pg_wal_replay_pause()" : "SELECT pg_wal_replay_resume()");
    },
    query: async <T extends pg.QueryResultRow>(which: "primary" | "replica", sql: string) => {
      const client = new pg.Client({ connectionString: urls[which] });
      await client.connect();
      try {
        return (await client.query<T>(sql)).rows;
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      await stop(replicaDir);
      await stop(primaryDir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
