import type { Actor } from "../actor";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { createFact } from "../facts/create-fact";
import { type Idempotency, replayIdempotent, writeIdempotent } from "../idempotency/idempotent";
import { assertRole } from "../permissions";
import { type TCreateFactRequest, ZCreateFactRequest } from "../schemas/api";
import { loadDraft } from "./draft-view";

/**
 * Create a fact as a draft in a relation named by slug: createFact, as the editor app does it.
 * With an idempotency key, a retry gives the fact the first attempt created (`replayed`).
 */
export async function createDraftFact(options: TCreateFactRequest & { actor: Actor; idempotency?: Idempotency }) {
  assertRole(options.actor, "EDITOR");
  const { relation, content, note } = parseInput(ZCreateFactRequest, {
    relation: options.relation,
    content: options.content,
    note: options.note,
  });
  const replayed = await replayIdempotent<{ factId: string }>(options.idempotency);
  if (replayed) return { ...(await loadDraft(replayed.factId)), replayed: true };
  const found = await getDb().relation.findUnique({ where: { slug: relation }, select: { id: true } });
  if (!found) throw notFound("Relation");
  const { factId } = await writeIdempotent(options.idempotency, async (tx) => {
    const created = await createFact({ relationId: found.id, content, note, actor: options.actor, tx });
    return { factId: created.factId };
  });
  return { ...(await loadDraft(factId)), replayed: false };
}
