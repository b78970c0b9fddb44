import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { type TFactContentInput, ZFactContent, ZNote, ZUuid } from "../schemas/fact";
import type { Tx } from "../tx";
import { writeRevision } from "./write-revision";

export interface CreateFactOptions {
  relationId: string;
  content: TFactContentInput;
  note: string;
  actor: Actor;
  /** Set by the importer so a re-import finds this fact again. */
  importKey?: string;
  /** Run inside an existing transaction (the importer's) instead of a new one. */
  tx?: Tx;
}

/** Create a fact with its first revision as a draft. */
export async function createFact(options: CreateFactOptions) {
  assertRole(options.actor, "EDITOR");
  const relationId = parseInput(ZUuid, options.relationId);
  const content = parseInput(ZFactContent, options.content);
  const note = parseInput(ZNote, options.note);

  const run = async (tx: Tx) => {
    const relation = await tx.relation.findUnique({ where: { id: relationId }, select: { id: true } });
    if (!relation) throw notFound("Relation");
    const fact = await tx.fact.create({
      data: { relationId, kind: content.kind, importKey: options.importKey },
    });
    const revision = await writeRevision(tx, {
      factId: fact.id,
      number: 1,
      parentId: null,
      content,
      note,
      actor: options.actor,
    });
    await tx.fact.update({ where: { id: fact.id }, data: { currentRevisionId: revision.id } });
    await writeAuditEvent(tx, {
      actor: options.actor,
      factId: fact.id,
      relationId,
      event: { type: "fact.created", payload: { revisionId: revision.id, kind: content.kind } },
    });
    return { factId: fact.id, revision };
  };
  return options.tx ? run(options.tx) : getDb().$transaction(run);
}
