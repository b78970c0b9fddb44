import type { Actor } from "../actor";
import type { Tx } from "../tx";

/**
 * Move the public pointers of several facts and append their publication rows, all at one
 * instant: the first row takes its instant from the publishing trigger (migration
 * 20261206160000), every later row is given that same instant explicitly. So an as-of read sees
 * all of them or none. `revisionId` null withdraws the fact. Facts must already be locked. Every
 * row names the change-set, so the feeds show its publish (or revert) as one entry.
 */
export async function writeAtOneInstant(
  tx: Tx,
  actor: Actor,
  changes: { factId: string; relationId: string; revisionId: string | null; draft?: boolean }[],
  changeSetId: string,
) {
  let first: { id: bigint; at: Date } | undefined;
  for (const change of changes) {
    await tx.fact.update({
      where: { id: change.factId },
      data: {
        publishedRevisionId: change.revisionId,
        ...(change.revisionId && change.draft !== false
          ? { currentRevisionId: change.revisionId, reviewState: "PUBLISHED", reviewNote: null }
          : {}),
      },
    });
    if (!first) {
      first = await tx.publication.create({
        data: {
          factId: change.factId,
          relationId: change.relationId,
          revisionId: change.revisionId,
          actorId: actor.id,
          actorName: actor.name,
          changeSetId,
        },
        select: { id: true, at: true },
      });
      continue;
    }
    // Copied in SQL: a JS Date would drop the instant's microseconds.
    await tx.$executeRaw`
      INSERT INTO publication (fact_id, relation_id, revision_id, at, actor_id, actor_name, change_set_id)
      SELECT ${change.factId}::uuid, ${change.relationId}::uuid, ${change.revisionId}::uuid, p.at,
        ${actor.id}::uuid, ${actor.name}, ${changeSetId}::uuid
      FROM publication p WHERE p.id = ${first.id}`;
  }
  if (first) return { at: first.at, publicationId: first.id };
  const rows = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return { at: (rows[0] as { now: Date }).now, publicationId: null };
}

/** Record the instant on the change-set, to the microsecond when it came from a publication row. */
export async function stampInstant(
  tx: Tx,
  changeSetId: string,
  instant: { at: Date; publicationId: bigint | null },
  data: { state: "PUBLISHED" | "REVERTED"; stateNote?: string | null },
) {
  await tx.changeSet.update({ where: { id: changeSetId }, data: { ...data, publishedAt: instant.at } });
  if (instant.publicationId !== null) {
    await tx.$executeRaw`
      UPDATE change_set SET published_at = p.at FROM publication p
      WHERE change_set.id = ${changeSetId}::uuid AND p.id = ${instant.publicationId}`;
  }
}
