// What the API's read operations answer on a synthetic database, as one line per read, so two
// databases loaded from the same seed (e.g. by an old and a new synthetic loader) can be compared:
// DATABASE_URL=... tsx synthetic-answers.ts [relations] > a.txt, again for the other, then diff.
// Reads of now (no asOf) and at fixed instants; the clock's instant in an answer of now (its
// meta.asOf, its cursors) is masked, so the lines do not depend on when they were read.

import { getApiFact, getApiRelation, listApiFacts, listApiRelationChanges } from "@dyad/db";
import pg from "pg";

const relations = Number(process.argv[2] ?? "5");
const LATER = "2026-12-01T00:00:00Z"; // after every synthetic publication
const PAST = ["2021-06-01T00:00:00Z", "2023-03-15T12:00:00Z", "2026-06-01T08:00:00Z"];

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const { rows } = await client.query<{ slug: string; id: string }>(
  `SELECT r.slug, r.id FROM relation r
   WHERE r.id IN (SELECT md5('syn1:r:' || n)::uuid FROM generate_series(1, 100) n) ORDER BY r.slug LIMIT $1`,
  [relations],
);
const started = new Date().toISOString().slice(0, 10);
// The cursors of a read of now hold the instant too (base64 JSON).
const clock = new RegExp(`${started}T[0-9:.]+Z|asOf=${started}T[0-9%A.]+Z|cursor=[^"&]+|"nextCursor":"[^"]+"`, "g");
const print = (read: string, answer: unknown, now: boolean) =>
  console.log(`${read}\t${now ? JSON.stringify(answer).replace(clock, "(clock)") : JSON.stringify(answer)}`);
for (const { slug, id } of rows) {
  print(`relation ${slug}`, await getApiRelation({ slug }), true);
  print(`changes ${slug}`, await listApiRelationChanges({ slug, since: "2020-01-01T00:00:00Z", asOf: LATER }), false);
  for (const asOf of [undefined, LATER, ...PAST]) {
    for (const query of [{ limit: 100 }, { limit: 7 }, { on: "2001" }, { q: "version 9" }]) {
      let cursor: string | undefined;
      do {
        const page = await listApiFacts({ slug, ...query, ...(cursor ? { cursor } : asOf ? { asOf } : {}) });
        print(`facts ${slug} ${asOf ?? "now"} ${JSON.stringify(query)}`, page, !asOf);
        cursor = page.links?.next
          ? (new URL(page.links.next, "http://x").searchParams.get("cursor") ?? undefined)
          : undefined;
      } while (cursor);
    }
  }
  const { rows: facts } = await client.query<{ id: string }>("SELECT id FROM fact WHERE relation_id = $1 ORDER BY id", [
    id,
  ]);
  for (const fact of facts)
    for (const asOf of [undefined, PAST[1]]) {
      const answer = await getApiFact({ factId: fact.id, ...(asOf ? { asOf } : {}) }).catch(
        (error: Error) => `error: ${error.message}`,
      );
      print(`fact ${fact.id} ${asOf ?? "now"}`, answer, !asOf);
    }
}
await client.end();
process.exit(0);
