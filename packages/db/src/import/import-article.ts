import { z } from "zod";
import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { createFact } from "../facts/create-fact";
import { publishFact } from "../facts/publish-fact";
import { reviseFact } from "../facts/revise-fact";
import { revisionContentHash } from "../facts/write-revision";
import { assertRole } from "../permissions";
import { notifyPublicSite } from "../public-cache/notify-public-site";
import { tagsForFactChange } from "../public-cache/tags";
import { ensureRelation } from "../relations/ensure-relation";
import { ZFactContent } from "../schemas/fact";
import type { Tx } from "../tx";
import { analyzeArticle } from "./analyze-article";
import type { Anomaly } from "./types";

const ZImportOptions = z.strictObject({
  text: z.string().min(1, "The article is empty").max(10_000_000, "The article is larger than 10 MB"),
  dryRun: z.boolean().default(false),
  /** Publish facts this import creates (the seeded start does; editors review drafts instead). */
  publishNew: z.boolean().default(false),
});

export interface ImportReport {
  relationSlug: string;
  dryRun: boolean;
  created: string[];
  revised: string[];
  unchanged: string[];
  conflicts: string[];
  skippedDeleted: string[];
  anomalies: Anomaly[];
}

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run");
  }
}

/**
 * Import an article as draft facts, idempotently: unchanged facts are recognised by their import
 * key and content hash; changed text becomes a new revision; a fact an editor changed by hand
 * is not overwritten but flagged as an import conflict. A dry run does all of it in a
 * transaction that is rolled back, so its report is exactly what a real run would do.
 */
export async function importArticle(options: { text: string; actor: Actor; dryRun?: boolean; publishNew?: boolean }) {
  assertRole(options.actor, "EDITOR");
  const { text, dryRun, publishNew } = parseInput(ZImportOptions, {
    text: options.text,
    dryRun: options.dryRun,
    publishNew: options.publishNew,
  });
  if (publishNew) assertRole(options.actor, "REVIEWER");
  const analysis = analyzeArticle(text);

  try {
    const report = await getDb().$transaction(
      async (tx) => {
        const report = await applyAnalysis(tx, analysis, options.actor, publishNew);
        if (dryRun) throw new DryRunRollback({ ...report, dryRun: true });
        return report;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    if (publishNew && report.created.length > 0) {
      await notifyPublicSite(
        tagsForFactChange({ relationSlug: report.relationSlug, countryCodes: analysis.countryCodes }),
      );
    }
    return report;
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}

async function applyAnalysis(
  tx: Tx,
  analysis: ReturnType<typeof analyzeArticle>,
  actor: Actor,
  publishNew: boolean,
): Promise<ImportReport> {
  const { relation } = await ensureRelation(tx, { countryCodes: analysis.countryCodes, actor });
  const sourceId = await articleSource(tx, analysis.title);
  const report: ImportReport = {
    relationSlug: relation.slug,
    dryRun: false,
    created: [],
    revised: [],
    unchanged: [],
    conflicts: [],
    skippedDeleted: [],
    anomalies: analysis.anomalies,
  };
  const factIds = new Map<string, string>();
  // One query for every fact the article made before (and the hash of what it imported), and one
  // for the open flags, instead of a lookup per fact: a re-import of an unchanged article costs a
  // handful of round trips.
  const before = await tx.fact.findMany({
    where: { relationId: relation.id, importKey: { in: analysis.facts.map((f) => f.importKey) } },
    select: { id: true, importKey: true, deletedAt: true, currentRevisionId: true, importedRevisionId: true },
  });
  const importedHashes = new Map(
    (
      await tx.factRevision.findMany({
        where: { id: { in: before.flatMap((f) => (f.importedRevisionId ? [f.importedRevisionId] : [])) } },
        select: { id: true, contentHash: true },
      })
    ).map((r) => [r.id, r.contentHash]),
  );
  const previous = new Map(before.map((f) => [f.importKey, f]));
  const openFlags = new Set(
    (
      await tx.factFlag.findMany({
        where: { resolvedAt: null, fact: { relationId: relation.id } },
        select: { factId: true, rule: true, excerpt: true },
      })
    ).map(flagKey),
  );

  for (const proposal of analysis.facts) {
    const block = analysis.blocks[proposal.blockIndex];
    const content = parseInput(ZFactContent, {
      ...proposal.content,
      sources: [{ sourceId, locator: block?.heading }],
    });
    const note = `Imported from "${analysis.title}"`;
    const existing = previous.get(proposal.importKey);

    if (!existing) {
      const { factId, revision } = await createFact({
        tx,
        relationId: relation.id,
        content,
        note,
        actor,
        importKey: proposal.importKey,
      });
      await tx.fact.update({ where: { id: factId }, data: { importedRevisionId: revision.id } });
      if (publishNew) await publishFact({ tx, factId, actor });
      factIds.set(proposal.importKey, factId);
      report.created.push(proposal.importKey);
      continue;
    }
    factIds.set(proposal.importKey, existing.id);
    if (existing.deletedAt) {
      report.skippedDeleted.push(proposal.importKey);
      continue;
    }
    const proposedHash = revisionContentHash(content, [{ sourceId, locator: block?.heading ?? null }]);
    if (existing.importedRevisionId && importedHashes.get(existing.importedRevisionId) === proposedHash) {
      report.unchanged.push(proposal.importKey);
    } else if (existing.currentRevisionId === existing.importedRevisionId && existing.currentRevisionId) {
      const { revision } = await reviseFact({
        tx,
        factId: existing.id,
        expectedRevisionId: existing.currentRevisionId,
        content,
        note,
        actor,
      });
      await tx.fact.update({ where: { id: existing.id }, data: { importedRevisionId: revision.id } });
      report.revised.push(proposal.importKey);
    } else {
      await flagOnce(tx, openFlags, existing.id, existing.currentRevisionId, {
        rule: "IMPORT_CONFLICT",
        message: "The article changed this fact, but an editor changed it by hand: compare and merge",
        excerpt: content.statement,
        payload: { proposed: content },
      });
      report.conflicts.push(proposal.importKey);
    }
  }

  for (const anomaly of analysis.anomalies) {
    const factId = anomaly.importKey ? factIds.get(anomaly.importKey) : undefined;
    if (!factId) continue;
    await flagOnce(tx, openFlags, factId, null, {
      rule: anomaly.rule,
      message: anomaly.message,
      excerpt: anomaly.excerpt,
      spanStart: anomaly.start,
      spanEnd: anomaly.end,
    });
  }

  await writeAuditEvent(tx, {
    actor,
    relationId: relation.id,
    event: {
      type: "article.imported",
      payload: {
        title: analysis.title,
        created: report.created.length,
        revised: report.revised.length,
        unchanged: report.unchanged.length,
      },
    },
  });
  return report;
}

/** The article itself as a source; found again by title on re-import so citations stay equal. */
async function articleSource(tx: Tx, title: string): Promise<string> {
  const existing = await tx.source.findFirst({ where: { title, kind: "ARTICLE", url: null }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.source.create({ data: { title, kind: "ARTICLE" }, select: { id: true } });
  return created.id;
}

const flagKey = (f: { factId: string; rule: string; excerpt: string }) =>
  `${f.factId}\u0000${f.rule}\u0000${f.excerpt}`;

/** Add a flag unless the same unresolved flag is already there (re-imports flag once). */
async function flagOnce(
  tx: Tx,
  open: Set<string>,
  factId: string,
  revisionId: string | null,
  flag: { rule: string; message: string; excerpt: string; spanStart?: number; spanEnd?: number; payload?: object },
) {
  const key = flagKey({ factId, ...flag });
  if (open.has(key)) return;
  open.add(key);
  await tx.factFlag.create({ data: { factId, revisionId, ...flag } });
}
