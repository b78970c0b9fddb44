import { ZFactContent } from "@dyad/core/schemas/fact";
import { suggestionsOf } from "@dyad/core/schemas/suggestion";
import { z } from "zod";
import { defineOperation } from "../lib/define-operation";
import { revisionSelect, toContentInput, toRevisionView } from "../read-model/revision-view";
import { checkPublishRules, type FieldIssue } from "../workflow/publish-rules";

/**
 * Data-quality warnings for the dashboard: the importer's open flags (fact_flag, with the first
 * suggested correction when there is one) and the live facts whose latest draft fails a publish
 * rule. Rules are checked on the most recently changed facts only (`scan`), so the dashboard
 * stays fast on a large archive.
 */
export const listQualityWarnings = defineOperation({
  minRole: "EDITOR",
  input: {
    limit: z
      .number()
      .optional()
      .transform((n) => Math.min(n ?? 50, 500)),
    scan: z
      .number()
      .optional()
      .transform((n) => Math.min(n ?? 500, 2000)),
  },
  transaction: false,
  async run({ input: { limit, scan }, tx: db }) {
    const [flags, openFlagCount, facts] = await Promise.all([
      db.factFlag.findMany({
        where: { resolvedAt: null, fact: { deletedAt: null } },
        orderBy: { createdAt: "desc" },
        take: limit,
        select: {
          id: true,
          rule: true,
          message: true,
          excerpt: true,
          payload: true,
          createdAt: true,
          fact: { select: { id: true, relation: { select: { slug: true } } } },
        },
      }),
      db.factFlag.count({ where: { resolvedAt: null, fact: { deletedAt: null } } }),
      db.fact.findMany({
        where: { deletedAt: null, currentRevisionId: { not: null } },
        orderBy: { updatedAt: "desc" },
        take: scan,
        select: {
          id: true,
          relation: { select: { slug: true, countryAId: true, countryBId: true } },
          currentRevision: { select: revisionSelect },
        },
      }),
    ]);
    const ruleFailures: { factId: string; relationSlug: string; statement: string; issues: FieldIssue[] }[] = [];
    for (const fact of facts) {
      if (!fact.currentRevision) continue;
      const content = ZFactContent.safeParse(toContentInput(toRevisionView(fact.currentRevision)));
      if (!content.success) continue;
      const issues = checkPublishRules(content.data, [fact.relation.countryAId, fact.relation.countryBId]);
      if (issues.length > 0) {
        ruleFailures.push({
          factId: fact.id,
          relationSlug: fact.relation.slug,
          statement: fact.currentRevision.statement,
          issues,
        });
      }
    }
    return {
      flags: flags.map((f) => ({
        id: f.id,
        rule: f.rule,
        message: f.message,
        excerpt: f.excerpt,
        /** The first suggested correction, to apply on the fact's page. */
        suggestion: suggestionsOf(f.payload)[0]?.label ?? null,
        createdAt: f.createdAt.toISOString(),
        factId: f.fact.id,
        relationSlug: f.fact.relation.slug,
      })),
      openFlagCount,
      ruleFailures: ruleFailures.slice(0, limit),
      ruleFailureCount: ruleFailures.length,
    };
  },
});
