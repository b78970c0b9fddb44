import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { lockFact } from "../facts/lock-fact";
import { assertNoBlockingFlags } from "../flags/publication-gate";
import type { ChangeSet } from "../generated/prisma/client";
import { hasFollowableSource } from "../sources/followable";
import type { Tx } from "../tx";
import { stampInstant, writeAtOneInstant } from "./one-instant";

/** A change-set that cannot be published as it stands; nothing of it was. */
export class HeldError extends AppError {
  constructor(reason: string) {
    super("CONFLICT", reason, { held: true });
  }
}

/**
 * Publish every change of a locked, approved change-set inside the caller's transaction, at one
 * instant: all checks first (a fact changed since the change was proposed, a flag that holds
 * publication, no source a reader can follow, a summary changed meanwhile: HeldError, nothing
 * written), then the pointer moves and one publication row per fact, all with the same `at`,
 * and one audit event. The caller delivers revalidations after commit.
 */
export async function applyChangeSet(tx: Tx, set: ChangeSet, actor: Actor, options: { late?: string } = {}) {
  const items = await tx.changeSetItem.findMany({ where: { changeSetId: set.id }, orderBy: { factId: "asc" } });
  const factItems = items.filter((i) => i.factId !== null);
  const summaries = items.filter((i) => i.action === "SUMMARY");
  if (items.length === 0) throw new HeldError("This change-set holds no change");

  const facts = new Map<string, Awaited<ReturnType<typeof lockFact>>>();
  for (const item of factItems) {
    const factId = item.factId as string;
    const label = await describe(tx, item.revisionId ?? item.baseRevisionId);
    const fact = await lockFact(tx, factId).catch(() => {
      throw new HeldError(`${label} was deleted since this change-set was made`);
    });
    if (fact.currentRevisionId !== item.baseRevisionId) {
      throw new HeldError(
        `${label} was changed since this change-set was made (its latest draft moved on): merge the two at review, then approve again`,
      );
    }
    if (item.revisionId) {
      await assertNoBlockingFlags(tx, factId).catch((error: Error) => {
        throw new HeldError(`${label}: ${error.message}`);
      });
      const cited = await tx.revisionSource.findMany({
        where: { revisionId: item.revisionId },
        select: { source: { select: { url: true } } },
      });
      if (!hasFollowableSource(cited.map((c) => c.source))) {
        throw new HeldError(`${label} cites no source a reader can follow`);
      }
    }
    facts.set(factId, fact);
  }
  for (const item of summaries) {
    const rows = await tx.$queryRaw<{ summary: string; slug: string }[]>`
      SELECT summary, slug FROM relation WHERE id = ${item.relationId}::uuid FOR UPDATE`;
    if (rows[0]?.summary !== item.summaryBefore) {
      throw new HeldError(`The summary of ${rows[0]?.slug ?? "a relation"} was changed since this change-set was made`);
    }
  }

  const instant = await writeAtOneInstant(
    tx,
    actor,
    factItems.map((item) => ({
      factId: item.factId as string,
      relationId: item.relationId,
      revisionId: item.revisionId,
    })),
    set.id,
  );
  const { at } = instant;
  for (const item of factItems) {
    await tx.changeSetItem.update({
      where: { id: item.id },
      data: { replacedRevisionId: facts.get(item.factId as string)?.publishedRevisionId ?? null },
    });
  }
  for (const item of summaries) {
    await tx.relation.update({ where: { id: item.relationId }, data: { summary: item.summaryAfter ?? "" } });
    await tx.revalidationOutbox.create({ data: { relationId: item.relationId } });
  }
  const relationIds = [...new Set(items.map((i) => i.relationId))];
  await tx.relation.updateMany({ where: { id: { in: relationIds } }, data: { updatedAt: at } });
  await stampInstant(tx, set.id, instant, { state: "PUBLISHED", stateNote: options.late ?? null });
  await writeAuditEvent(tx, {
    actor,
    relationId: relationIds.length === 1 ? relationIds[0] : undefined,
    event: {
      type: "change_set.published",
      payload: {
        changeSetId: set.id,
        title: set.title,
        at: at.toISOString(),
        facts: factItems.length,
        summaries: summaries.length,
        scheduledFor: set.scheduledAt?.toISOString() ?? null,
        late: options.late !== undefined,
      },
    },
  });
  return { changeSetId: set.id, at };
}

async function describe(tx: Tx, revisionId: string | null) {
  const revision = revisionId
    ? await tx.factRevision.findUnique({ where: { id: revisionId }, select: { statement: true } })
    : null;
  const text = revision?.statement ?? "a fact";
  return `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
}
