import pg from "pg";
import { inject } from "vitest";

let client: pg.Client | undefined;
let connecting: Promise<pg.Client> | undefined;

/** One plain `pg` connection for reading raw table state (no Prisma types in the way). */
export async function sql(): Promise<pg.Client> {
  if (client) return client;
  connecting ??= (async () => {
    const c = new pg.Client({ connectionString: inject("databaseUrl") });
    await c.connect();
    client = c;
    return c;
  })();
  return connecting;
}

export async function closeSql() {
  await client?.end();
  client = undefined;
  connecting = undefined;
}

/** md5 over the text of every row a query returns (order-independent): a fingerprint of state. */
export async function fingerprint(query: string, params: unknown[] = []): Promise<string> {
  const db = await sql();
  const { rows } = await db.query(
    `SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS h, count(*)::int AS n FROM (${query}) t`,
    params,
  );
  return `${rows[0].n}:${rows[0].h}`;
}

/** Everything about one fact: its row, revisions, citations, publications, flags and audit events. */
export async function factState(factId: string) {
  return [
    await fingerprint("SELECT * FROM fact WHERE id = $1", [factId]),
    await fingerprint("SELECT * FROM fact_revision WHERE fact_id = $1", [factId]),
    await fingerprint(
      "SELECT rs.* FROM revision_source rs JOIN fact_revision r ON r.id = rs.revision_id WHERE r.fact_id = $1",
      [factId],
    ),
    await fingerprint("SELECT * FROM publication WHERE fact_id = $1", [factId]),
    await fingerprint("SELECT * FROM fact_flag WHERE fact_id = $1", [factId]),
    await fingerprint("SELECT * FROM audit_event WHERE fact_id = $1", [factId]),
    await fingerprint("SELECT * FROM redaction WHERE fact_id = $1", [factId]),
  ].join("|");
}

/** A relation's row, its facts (with their state) and its audit events. */
export async function relationState(relationId: string) {
  const db = await sql();
  const { rows } = await db.query("SELECT id FROM fact WHERE relation_id = $1 ORDER BY id", [relationId]);
  const facts = await Promise.all(rows.map((r: { id: string }) => factState(r.id)));
  return [
    await fingerprint("SELECT * FROM relation WHERE id = $1", [relationId]),
    await fingerprint("SELECT * FROM audit_event WHERE relation_id = $1", [relationId]),
    ...facts,
  ].join("|");
}

/** An account's row (role, disabled, session version, password hash), its tokens and audit events about it. */
export async function userState(userId: string) {
  return [
    await fingerprint("SELECT * FROM app_user WHERE id = $1", [userId]),
    await fingerprint("SELECT id, revoked_at, expires_at, scopes FROM api_token WHERE user_id = $1", [userId]),
    await fingerprint("SELECT * FROM audit_event WHERE payload->>'userId' = $1", [userId]),
  ].join("|");
}

/**
 * Audit events written by an account, e.g. to prove a refused caller wrote nothing anywhere.
 * Sign-in events (auth.*) are left out: other test files sign in as the same seeded admin at
 * any moment, and a sign-in is not what the refused call did.
 */
export async function auditCountBy(userId: string | null | undefined): Promise<number> {
  if (!userId) return 0;
  const { rows } = await (await sql()).query(
    "SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND type NOT LIKE 'auth.%'",
    [userId],
  );
  return rows[0].n;
}

/**
 * A fingerprint of every table in the public schema, table by table. `api_token.last_used_at` is
 * blanked: authenticating a token stamps it (at most once a minute) by design. Tables listed in
 * `skip` are left out (bookkeeping that every request legitimately writes).
 */
export async function databaseChecksum(skip: string[] = []): Promise<Record<string, string>> {
  const db = await sql();
  const { rows } = await db.query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_prisma%' ORDER BY tablename",
  );
  const out: Record<string, string> = {};
  for (const { tablename } of rows as { tablename: string }[]) {
    if (skip.includes(tablename)) continue;
    const source =
      tablename === "api_token"
        ? "SELECT id, user_id, name, prefix, token_hash, scopes, created_at, expires_at, revoked_at FROM api_token"
        : `SELECT * FROM "${tablename}"`;
    out[tablename] = await fingerprint(source);
  }
  return out;
}

/** Row-level fingerprints of a table (md5 of each row's text), to tell which rows changed. */
export async function rowHashes(table: string): Promise<Set<string>> {
  const { rows } = await (await sql()).query(`SELECT md5(t::text) AS h FROM "${table}" t`);
  return new Set(rows.map((r: { h: string }) => r.h));
}
