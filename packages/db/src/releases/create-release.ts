import { randomUUID } from "node:crypto";
import { RELEASE_FORMAT, type TReleaseManifest, ZCreateReleaseRequest } from "@dyad/api-contract";
import { LICENCE_NOTICE } from "@dyad/core/licence";
import { RELEASE_CUT } from "../api/read-instant";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { defineOperation, type OperationOptions } from "../lib/define-operation";
import { asInstant } from "../read-model/instant";
import { publicAt } from "../read-model/public-at";
import type { Tx } from "../tx";
import { digestRelease } from "./digest-release";
import { freezeInstant } from "./freeze-instant";
import { getRelease } from "./get-release";

/** A big release takes a while to hash; the default 5 s of an interactive transaction is too short. */
const CUT_TIMEOUT_MS = 30 * 60_000;

/**
 * Cut a named release: freeze everything public at this instant, with a manifest, a SHA-256
 * over the documented canonical serialization, and the change counts against the previous
 * release. One transaction: releases are cut one at a time (a table lock; readers and
 * publishing are not blocked), the set of facts is computed once into a temporary table and both
 * hashed and stored from it, and the rows written are immutable from then on (database triggers).
 * Read back once committed (getRelease reads the pool).
 */
export async function createRelease(options: Omit<OperationOptions<typeof ZCreateReleaseRequest>, "tx">) {
  return getRelease({ name: await cutRelease(options) });
}

/** The cut itself; its name. */
const cutRelease = defineOperation({
  minRole: "REVIEWER",
  input: ZCreateReleaseRequest,
  transaction: { timeout: CUT_TIMEOUT_MS, maxWait: 60_000 },
  async run({ input: { name, notes }, actor, tx }) {
    // Named so that readers see a cut is running (api/read-instant.ts); reset at commit.
    await tx.$executeRawUnsafe(`SET LOCAL application_name = '${RELEASE_CUT}'`);
    await tx.$executeRawUnsafe("LOCK TABLE release IN EXCLUSIVE MODE");
    if (await tx.release.findUnique({ where: { name }, select: { id: true } })) {
      throw new AppError("CONFLICT", `A release named ${name} exists already`);
    }
    const previous = await latestRelease(tx);
    const asOf = await freezeInstant(tx);
    await tx.$executeRawUnsafe(
      "CREATE TEMPORARY TABLE release_cut (fact_id uuid PRIMARY KEY, revision_id uuid NOT NULL) ON COMMIT DROP",
    );
    await tx.$executeRaw`INSERT INTO release_cut SELECT fact_id, revision_id FROM (${publicAt(asOf)}) v`;
    const digest = await digestRelease(tx, Prisma.sql`release_cut`);
    const manifest: TReleaseManifest = {
      format: RELEASE_FORMAT,
      name,
      asOf,
      notes,
      factCount: digest.factCount,
      relationCount: digest.relationCount,
      kinds: digest.kinds,
      hashAlgorithm: "sha256",
      contentHash: digest.contentHash,
      previous: previous && { name: previous.name, asOf: previous.as_of, contentHash: previous.content_hash },
      changes: await countChanges(tx, previous?.id ?? null),
      licence: LICENCE_NOTICE,
    };
    const id = randomUUID();
    // Raw SQL so as_of keeps its microseconds (a JS Date would round them to milliseconds).
    await tx.$executeRaw`
      INSERT INTO release (id, name, as_of, created_by_id, created_by_name, notes, fact_count, content_hash, manifest, previous_id)
      VALUES (${id}::uuid, ${name}, ${asOf}::timestamptz, ${actor.id}::uuid, ${actor.name}, ${notes},
        ${digest.factCount}, ${digest.contentHash}, ${JSON.stringify(manifest)}::jsonb, ${previous?.id ?? null}::uuid)`;
    await tx.$executeRaw`INSERT INTO release_fact (release_id, fact_id, revision_id) SELECT ${id}::uuid, fact_id, revision_id FROM release_cut`;
    await writeAuditEvent(tx, {
      actor,
      event: {
        type: "release.created",
        payload: { releaseId: id, name, asOf, factCount: digest.factCount, contentHash: digest.contentHash },
      },
    });
    return name;
  },
});

async function latestRelease(tx: Tx) {
  const rows = await tx.$queryRaw<{ id: string; name: string; as_of: string; content_hash: string }[]>`
    SELECT id, name, ${asInstant("as_of")} AS as_of, content_hash FROM release ORDER BY as_of DESC, created_at DESC LIMIT 1`;
  return rows[0] ?? null;
}

/** Facts added, moved to another revision, or gone since the previous release. */
async function countChanges(tx: Tx, previousId: string | null) {
  const [row] = await tx.$queryRaw<{ added: number; changed: number; removed: number }[]>`
    SELECT count(*) FILTER (WHERE prev.fact_id IS NULL)::int AS added,
      count(*) FILTER (WHERE cur.fact_id IS NOT NULL AND prev.fact_id IS NOT NULL)::int AS changed,
      count(*) FILTER (WHERE cur.fact_id IS NULL)::int AS removed
    FROM release_cut cur
    FULL JOIN (SELECT fact_id, revision_id FROM release_fact WHERE release_id = ${previousId}::uuid) prev
      ON prev.fact_id = cur.fact_id
    WHERE cur.revision_id IS DISTINCT FROM prev.revision_id`;
  return row ?? { added: 0, changed: 0, removed: 0 };
}
