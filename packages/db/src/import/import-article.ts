import type { ArticleAnalysis } from "@dyad/importer";
import { analyzeArticleOffThread } from "@dyad/importer";
import { z } from "zod";
import type { Actor } from "../actor";
import { recordImportChangeSet } from "../change-sets/record-import-change-set";
import { defineOperation, type OperationOptions } from "../lib/define-operation";
import { hasRole, roleRefusal } from "../permissions";
import { deliverRevalidations } from "../public-cache/deliver-revalidations";
import { ensureRelation } from "../relations/ensure-relation";
import { saveRelatedLinks } from "../relations/save-related-links";
import type { Tx } from "../tx";
import {
  ensureReferenceSources,
  findOrCreateArticleSource,
  type TArticleOrigin,
  ZArticleOrigin,
} from "./article-source";
import { loadImportedFacts } from "./load-imported-facts";
import { type ImportReport as PlanReport, planImport } from "./plan-import";
import { writeImportPlan } from "./write-import-plan";

/** What an import did; its new and revised drafts are the change-set `changeSetId` (see below). */
export type ImportReport = PlanReport & { changeSetId: string | null };

const ZImportOptions = z.strictObject({
  text: z.string().min(1, "The article is empty").max(10_000_000, "The article is larger than 10 MB"),
  dryRun: z.boolean().default(false),
  /** Publish facts this import creates (the seeded start does; editors review drafts instead). */
  publishNew: z.boolean().default(false),
  /** Where the article comes from: makes the article a source readers can follow. */
  origin: ZArticleOrigin.optional(),
  /** The text's analysis when the caller already has it (a preview shows it beside the dry run). */
  analysis: z.custom<ArticleAnalysis>((value) => typeof value === "object" && value !== null).optional(),
});

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run");
  }
}

/**
 * Import an article as draft facts, idempotently: unchanged facts are recognised by their import
 * key and content hash; changed text becomes a new revision; a fact an editor changed by hand
 * is not overwritten but flagged as an import conflict. A dry run does all of it in a
 * transaction that is rolled back, so its report is exactly what a real run would do. The drafts
 * an import makes are a change-set of their own, submitted for review (one per article, which is
 * one transaction): reviewed and published as one. An import that publishes (the seed) has none.
 */
export async function importArticle(options: Omit<OperationOptions<typeof ZImportOptions>, "tx">) {
  try {
    const report = await importOperation(options);
    if (options.publishNew && report.created.length > 0) await deliverRevalidations();
    return report;
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}

const importOperation = defineOperation({
  minRole: "EDITOR",
  input: ZImportOptions,
  transaction: { timeout: 120_000, maxWait: 30_000 },
  // Off-thread and outside the transaction: an analysis may take up to 30 s.
  async prepare({ input: { text, publishNew, analysis }, actor }) {
    if (publishNew && !hasRole(actor, "REVIEWER")) throw roleRefusal("REVIEWER");
    return analysis ?? (await analyzeArticleOffThread(text));
  },
  async run({ input: { dryRun, publishNew, origin }, prepared: analysis, actor, tx }) {
    const report = await applyAnalysis(tx, analysis, actor, { publishNew, origin });
    if (dryRun) throw new DryRunRollback({ ...report, dryRun: true, changeSetId: null });
    return report;
  },
});

/**
 * Read what earlier imports made (one query), decide every row to write without the database,
 * then write them in a few multi-row statements: the cost is a dozen round trips whatever the
 * number of facts, and a re-import of an unchanged article writes only its audit event.
 */
async function applyAnalysis(
  tx: Tx,
  analysis: ArticleAnalysis,
  actor: Actor,
  options: { publishNew: boolean; origin?: TArticleOrigin },
): Promise<ImportReport> {
  const { relation } = await ensureRelation(tx, { countryCodes: analysis.countryCodes, actor });
  const links = analysis.relatedLinks;
  await saveRelatedLinks(tx, { relationId: relation.id, links, articleTitle: analysis.title, actor });
  const article = await findOrCreateArticleSource(tx, analysis.title, options.origin);
  const referenceIds = await ensureReferenceSources(tx, analysis);
  const existing = await loadImportedFacts(
    tx,
    relation.id,
    analysis.facts.map((f) => f.importKey),
  );
  const plan = planImport({
    analysis,
    relationId: relation.id,
    sourceId: article.id,
    referenceIds,
    articleFollowable: article.followable,
    existing,
    actor,
    publishNew: options.publishNew,
  });
  await writeImportPlan(tx, plan, { relationId: relation.id, actor });
  const changeSetId = options.publishNew
    ? null
    : await recordImportChangeSet(tx, {
        title: analysis.title,
        relationId: relation.id,
        factIds: plan.pointers.map((p) => p.factId),
        actor,
      });
  return { relationSlug: relation.slug, dryRun: false, ...plan.report, anomalies: analysis.anomalies, changeSetId };
}
