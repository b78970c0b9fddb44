import { randomUUID } from "node:crypto";
import { ZNote } from "@dyad/core/schemas/fact";
import type { Anomaly, ArticleAnalysis } from "@dyad/importer";
import type { Actor } from "../actor";
import { AppError, parseInput } from "../errors";
import { type RevisionRowOptions, revisionContentHash, revisionRow } from "../facts/write-revision";
import type { Prisma } from "../generated/prisma/client";
import type { TAuditEvent } from "../schemas/audit";
import type { ResolvedCitation } from "../sources/resolve-citations";
import { citationsById, citedContent, importNote } from "./article-source";
import { anomalyFlags, heldKeys, importConflictFlag, type NewFlag } from "./import-flags";
import type { ImportedFact } from "./load-imported-facts";

export interface ImportReport {
  relationSlug: string;
  dryRun: boolean;
  created: string[];
  revised: string[];
  unchanged: string[];
  conflicts: string[];
  skippedDeleted: string[];
  /** New facts that carry a flag holding publication: left as drafts in the review queue. */
  held: string[];
  /** New facts a publishing import left as drafts: the article has no origin a reader can follow. */
  unsourced: string[];
  anomalies: Anomaly[];
}

/** A fact's pointers after the import: its new revision is the draft and the imported one. */
export interface PointerMove {
  factId: string;
  revisionId: string;
  /** Also make it what the public sees (new facts of a publishing import). */
  publish: boolean;
}

/**
 * Every row an import writes, decided before anything is written, in the order the per-fact
 * domain operations (createFact, reviseFact, publishFact) would write them, with ids made here
 * so that each table takes one multi-row insert.
 */
export interface ImportPlan {
  report: Pick<
    ImportReport,
    "created" | "revised" | "unchanged" | "conflicts" | "skippedDeleted" | "held" | "unsourced"
  >;
  facts: Prisma.FactCreateManyInput[];
  revisions: (Prisma.FactRevisionCreateManyInput & { id: string })[];
  citations: Prisma.RevisionSourceCreateManyInput[];
  pointers: PointerMove[];
  flags: NewFlag[];
  audit: Prisma.AuditEventCreateManyInput[];
}

export interface PlanImportInput {
  analysis: ArticleAnalysis;
  relationId: string;
  sourceId: string;
  /** Sources of the article's references, by reference key (ensureReferenceSources). */
  referenceIds?: Map<string, string>;
  /** The article source has an address; without one, nothing is published (it would be unsourced). */
  articleFollowable?: boolean;
  /** What earlier imports made, by import key (loadImportedFacts). */
  existing: Map<string, ImportedFact>;
  actor: Actor;
  publishNew: boolean;
}

/**
 * Decide what importing an article does to each proposed fact: create it (new key), leave it
 * (same content as last imported, or deleted), revise it (changed, and nobody edited it by
 * hand since the last import) or flag a conflict (changed, but edited by hand: never
 * overwritten). Pure: throws INVALID for content the schemas refuse, before any write.
 */
export function planImport(input: PlanImportInput): ImportPlan {
  const { analysis, relationId, existing, actor } = input;
  const note = parseInput(ZNote, importNote(analysis));
  const plan: ImportPlan = {
    report: { created: [], revised: [], unchanged: [], conflicts: [], skippedDeleted: [], held: [], unsourced: [] },
    facts: [],
    revisions: [],
    citations: [],
    pointers: [],
    flags: [],
    audit: [],
  };
  const audit = (event: TAuditEvent, factId?: string) =>
    plan.audit.push({
      type: event.type,
      payload: event.payload,
      actorId: actor.id,
      actorName: actor.name,
      factId,
      relationId,
    });
  const addRevision = (options: Omit<RevisionRowOptions, "note" | "actor">, citations: ResolvedCitation[]) => {
    const id = randomUUID();
    plan.revisions.push({ id, ...revisionRow({ ...options, note, actor }, citations) });
    plan.citations.push(...citations.map((c, position) => ({ revisionId: id, ...c, position })));
    return id;
  };
  const factIds = new Map<string, string>();
  // The publication gate: a new fact with a flag that says it is wrong is never published here.
  const held = heldKeys(analysis);

  for (const proposal of analysis.facts) {
    const key = proposal.importKey;
    const content = citedContent(analysis, proposal, input.sourceId, input.referenceIds);
    const citations = citationsById(content);
    const known = existing.get(key);

    if (!known) {
      const factId = randomUUID();
      plan.facts.push({ id: factId, relationId, kind: content.kind, importKey: key });
      const revisionId = addRevision({ factId, number: 1, parentId: null, content }, citations);
      const followable = input.articleFollowable ?? true;
      const publish = input.publishNew && !held.has(key) && followable;
      plan.pointers.push({ factId, revisionId, publish });
      audit({ type: "fact.created", payload: { revisionId, kind: content.kind } }, factId);
      if (held.has(key)) plan.report.held.push(key);
      else if (input.publishNew && !followable) plan.report.unsourced.push(key);
      if (publish) audit({ type: "fact.published", payload: { revisionId } }, factId);
      factIds.set(key, factId);
      plan.report.created.push(key);
      continue;
    }
    factIds.set(key, known.id);
    if (known.deletedAt) {
      plan.report.skippedDeleted.push(key);
    } else if (known.importedRevisionId && known.importedHash === revisionContentHash(content, citations)) {
      plan.report.unchanged.push(key);
    } else if (known.currentRevisionId && known.currentRevisionId === known.importedRevisionId) {
      // Same refusal as reviseFact: a fact keeps its kind for life.
      if (content.kind !== known.kind) {
        throw new AppError("INVALID", `kind: this fact is a ${known.kind} and stays one; create a new fact instead`);
      }
      const number = (known.currentNumber ?? 0) + 1;
      const parentId = known.currentRevisionId;
      const revisionId = addRevision({ factId: known.id, number, parentId, content }, citations);
      plan.pointers.push({ factId: known.id, revisionId, publish: false });
      audit({ type: "fact.revised", payload: { revisionId, parentId, number } }, known.id);
      plan.report.revised.push(key);
    } else {
      plan.flags.push(importConflictFlag(known.id, known.currentRevisionId, content));
      plan.report.conflicts.push(key);
    }
  }

  plan.flags.push(...anomalyFlags(analysis, (key) => factIds.get(key)));
  const { created, revised, unchanged } = plan.report;
  audit({
    type: "article.imported",
    payload: { title: analysis.title, created: created.length, revised: revised.length, unchanged: unchanged.length },
  });
  return plan;
}
