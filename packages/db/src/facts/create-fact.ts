import { ZFactContent, ZNote, ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { notFound } from "../errors";
import { defineOperation, type OperationOptions } from "../lib/define-operation";
import { writeRevision } from "./write-revision";

const input = {
  relationId: ZUuid,
  content: ZFactContent,
  note: ZNote,
  /** Set by the importer so a re-import finds this fact again. */
  importKey: z.string().optional(),
};
export type CreateFactOptions = OperationOptions<typeof input>;

/** Create a fact with its first revision as a draft. */
export const createFact = defineOperation({
  minRole: "EDITOR",
  input,
  async run({ input: { relationId, content, note, importKey }, actor, tx }) {
    const relation = await tx.relation.findUnique({ where: { id: relationId }, select: { id: true } });
    if (!relation) throw notFound("Relation");
    const fact = await tx.fact.create({ data: { relationId, kind: content.kind, importKey } });
    const revision = await writeRevision(tx, { factId: fact.id, number: 1, parentId: null, content, note, actor });
    await tx.fact.update({ where: { id: fact.id }, data: { currentRevisionId: revision.id } });
    await writeAuditEvent(tx, {
      actor,
      factId: fact.id,
      relationId,
      event: { type: "fact.created", payload: { revisionId: revision.id, kind: content.kind } },
    });
    return { factId: fact.id, revision };
  },
});
