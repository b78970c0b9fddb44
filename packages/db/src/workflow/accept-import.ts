import { ZFactContent } from "@dyad/core/schemas/fact";
import { analyzeArticleOffThread } from "@dyad/importer";
import { z } from "zod";
import { writeAuditEvent } from "../audit/write-audit-event";
import { recordImportChangeSet } from "../change-sets/record-import-change-set";
import { AppError, parseInput } from "../errors";
import { createFact } from "../facts/create-fact";
import { reviseFact } from "../facts/revise-fact";
import { revisionContentHash } from "../facts/write-revision";
import {
  citationsById,
  citedContent,
  ensureReferenceSources,
  findOrCreateArticleSource,
  importNote,
  proposalCitations,
  ZArticleOrigin,
} from "../import/article-source";
import { addFlagsOnce, anomalyFlags, importConflictFlag, type NewFlag } from "../import/import-flags";
import { defineOperation } from "../lib/define-operation";
import { ensureRelation } from "../relations/ensure-relation";

const ZAccept = z.strictObject({
  text: z.string().min(1, "The article is empty").max(10_000_000, "The article is larger than 10 MB"),
  proposals: z
    .array(
      z.strictObject({
        importKey: z.string().min(1).max(500),
        /** The editor's adjusted content (without sources); omitted: as the importer proposed it. */
        content: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .min(1, "Choose at least one proposed fact")
    .max(200, "Accept at most 200 facts at a time"),
  /** Where the article was read (its address, and when): the article becomes a followable source. */
  origin: ZArticleOrigin.optional(),
});

export type AcceptOutcome = "created" | "revised" | "flagged" | "unchanged" | "deleted";

/**
 * Accept some of the facts the importer proposes for an article, as drafts, with the editor's
 * adjustments. Same bookkeeping as importArticle (the same source, citation, note and flags:
 * import/article-source.ts, import/import-flags.ts), so a later re-import recognises them: the
 * importer's proposal is the imported revision; an adjustment is a hand edit on top of it (a
 * second revision), which a re-import never overwrites. A proposal for a fact that exists
 * revises it while nobody edited it by hand, and is flagged as an import conflict otherwise.
 * Callers may send a long article's proposals in batches: each batch is one transaction.
 */
export const acceptImportProposals = defineOperation({
  minRole: "EDITOR",
  input: ZAccept,
  transaction: { timeout: 120_000, maxWait: 30_000 },
  // Off-thread and outside the transaction: an analysis may take up to 30 s.
  async prepare({ input: { text, proposals } }) {
    const analysis = await analyzeArticleOffThread(text);
    const byKey = new Map(analysis.facts.map((f) => [f.importKey, f]));
    for (const p of proposals) {
      if (!byKey.has(p.importKey))
        throw new AppError("INVALID", `"${p.importKey}" is not a fact proposed for this article`);
    }
    return { analysis, byKey };
  },
  async run({ input: { proposals, origin }, prepared: { analysis, byKey }, actor, tx }) {
    const note = importNote(analysis);
    const { relation } = await ensureRelation(tx, { countryCodes: analysis.countryCodes, actor });
    const { id: sourceId } = await findOrCreateArticleSource(tx, analysis.title, origin);
    const referenceIds = await ensureReferenceSources(tx, analysis);
    const outcomes: Record<string, AcceptOutcome> = {};
    const flags: NewFlag[] = [];
    let adjusted = 0;
    const touched: string[] = [];
    for (const { importKey, content: edited } of proposals) {
      const proposal = byKey.get(importKey) as NonNullable<ReturnType<typeof byKey.get>>;
      const proposed = citedContent(analysis, proposal, sourceId, referenceIds);
      // The kind and the citation stay the importer's: a kind is for life, and the article is the source.
      const wanted = edited
        ? parseInput(ZFactContent, {
            ...edited,
            kind: proposed.kind,
            sources: proposalCitations(analysis, proposal, sourceId, referenceIds),
          })
        : proposed;
      const existing = await tx.fact.findUnique({
        where: { relationId_importKey: { relationId: relation.id, importKey } },
        include: { currentRevision: { select: { contentHash: true } } },
      });
      if (existing?.deletedAt) {
        outcomes[importKey] = "deleted";
        continue;
      }
      let factId: string;
      let revisionId: string;
      if (!existing) {
        const created = await createFact({ tx, relationId: relation.id, content: proposed, note, actor, importKey });
        await tx.fact.update({ where: { id: created.factId }, data: { importedRevisionId: created.revision.id } });
        ({ factId } = created);
        revisionId = created.revision.id;
        outcomes[importKey] = "created";
      } else if (existing.currentRevisionId && existing.currentRevisionId === existing.importedRevisionId) {
        const revised = await reviseFact({
          tx,
          factId: existing.id,
          expectedRevisionId: existing.currentRevisionId,
          content: proposed,
          note,
          actor,
        });
        await tx.fact.update({ where: { id: existing.id }, data: { importedRevisionId: revised.revision.id } });
        factId = existing.id;
        revisionId = revised.revision.id;
        outcomes[importKey] = revised.changed ? "revised" : "unchanged";
      } else {
        flags.push(importConflictFlag(existing.id, existing.currentRevisionId, proposed));
        outcomes[importKey] = "flagged";
        continue;
      }
      touched.push(factId);
      const cited = citationsById(proposed);
      if (revisionContentHash(wanted, cited) !== revisionContentHash(proposed, cited)) {
        await reviseFact({
          tx,
          factId,
          expectedRevisionId: revisionId,
          content: wanted,
          note: "Adjusted on import",
          actor,
        });
        adjusted++;
      }
      flags.push(...anomalyFlags(analysis, (key) => (key === importKey ? factId : undefined)));
    }
    await addFlagsOnce(tx, flags);
    const count = (o: AcceptOutcome) => Object.values(outcomes).filter((v) => v === o).length;
    await writeAuditEvent(tx, {
      actor,
      relationId: relation.id,
      event: {
        type: "import.accepted",
        payload: {
          title: analysis.title,
          created: count("created"),
          adjusted,
          existing: proposals.length - count("created"),
        },
      },
    });
    const changeSetId = await recordImportChangeSet(tx, {
      title: analysis.title,
      relationId: relation.id,
      factIds: touched,
      actor,
    });
    return { relationSlug: relation.slug, outcomes, adjusted, changeSetId };
  },
});
