import { analyzeArticleOffThread } from "@dyad/importer";
import { z } from "zod";
import { importArticle } from "../import/import-article";
import { defineOperation } from "../lib/define-operation";
import { importDraftChanges } from "./import-draft-changes";

const ZText = z.string().min(1, "Paste or upload an article first").max(10_000_000, "The article is larger than 10 MB");

export type ProposalStatus = "new" | "changed" | "unchanged" | "edited" | "deleted";

/**
 * What importing an article would do, without writing anything: its paragraphs, the facts the
 * importer proposes for each (with whether each is new, changed since the last import, already
 * there, edited by hand since, or deleted), and its anomalies. The status comes from a dry run
 * of the real import, so it is exactly what a real run would find. A proposal for a fact Dyad
 * has (changed, or edited by hand) says how its draft would change (`changes`).
 */
export const previewImport = defineOperation({
  minRole: "EDITOR",
  input: { text: ZText },
  // A dry run writes nothing; the analysis off the thread must hold no transaction open.
  transaction: false,
  async run({ input: { text }, actor }) {
    const analysis = await analyzeArticleOffThread(text);
    const report = await importArticle({ text, actor, dryRun: true, analysis });
    const status = (key: string): ProposalStatus =>
      report.created.includes(key)
        ? "new"
        : report.revised.includes(key)
          ? "changed"
          : report.conflicts.includes(key)
            ? "edited"
            : report.skippedDeleted.includes(key)
              ? "deleted"
              : "unchanged";
    const changes = await importDraftChanges(report.relationSlug, analysis.facts, [
      ...report.revised,
      ...report.conflicts,
    ]);
    return {
      title: analysis.title,
      countryCodes: analysis.countryCodes,
      relationSlug: report.relationSlug,
      blocks: analysis.blocks,
      // A changed or hand-edited fact's before/after: its current draft against the proposal.
      proposals: analysis.facts.map((f) => ({
        ...f,
        status: status(f.importKey),
        changes: changes.get(f.importKey) ?? null,
      })),
      anomalies: analysis.anomalies,
    };
  },
});
export type ImportPreview = Awaited<ReturnType<typeof previewImport>>;
