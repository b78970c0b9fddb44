import type { Actor } from "../actor";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { createFact } from "../facts/create-fact";
import { assertRole } from "../permissions";
import { type TCreateFactRequest, ZCreateFactRequest } from "../schemas/api";
import { loadDraft } from "./draft-view";

/** Create a fact as a draft in a relation named by slug: createFact, as the editor app does it. */
export async function createDraftFact(options: TCreateFactRequest & { actor: Actor }) {
  assertRole(options.actor, "EDITOR");
  const { relation, content, note } = parseInput(ZCreateFactRequest, {
    relation: options.relation,
    content: options.content,
    note: options.note,
  });
  const found = await getDb().relation.findUnique({ where: { slug: relation }, select: { id: true } });
  if (!found) throw notFound("Relation");
  const { factId } = await createFact({ relationId: found.id, content, note, actor: options.actor });
  return loadDraft(factId);
}
