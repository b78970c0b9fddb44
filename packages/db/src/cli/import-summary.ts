import type { ImportReport } from "../import/plan-import";

// The bulk import's console output, kept apart from the CLI so it can be tested without a database.

export type ArticleOutcome =
  | { file: string; ok: true; report: ImportReport }
  | { file: string; ok: false; error: string };

const COUNTS = ["created", "revised", "unchanged", "held", "conflicts"] as const;

/** "[####------] 4/10" — a text progress bar that works in a log file as well as a terminal. */
export function progressBar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
}

/** One line per article as it finishes: its counts, or why it failed. */
export function describeOutcome(outcome: ArticleOutcome): string {
  if (!outcome.ok) return `${outcome.file}: FAILED — ${outcome.error}`;
  const r = outcome.report;
  const counts = COUNTS.map((k) => `${k}: ${r[k].length}`).join(", ");
  return `${outcome.file} → ${r.relationSlug}: ${counts}, flags: ${r.anomalies.length}`;
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "))
    .join("\n");
}

/** The closing summary: one row per article and a total, then the flags counted by rule. */
export function summaryTable(outcomes: ArticleOutcome[]): string {
  const header = ["article", ...COUNTS, "flags", "status"];
  const totals = [0, 0, 0, 0, 0, 0];
  const byRule = new Map<string, number>();
  const rows = outcomes.map((o) => {
    if (!o.ok) return [o.file, ...COUNTS.map(() => "-"), "-", "failed"];
    const values = [...COUNTS.map((k) => o.report[k].length), o.report.anomalies.length];
    values.forEach((v, i) => {
      totals[i] = (totals[i] ?? 0) + v;
    });
    for (const a of o.report.anomalies) byRule.set(a.rule, (byRule.get(a.rule) ?? 0) + 1);
    return [o.file, ...values.map(String), o.report.dryRun ? "dry run" : "ok"];
  });
  const failed = outcomes.filter((o) => !o.ok).length;
  const total = ["total", ...totals.map(String), failed ? `${failed} failed` : "all ok"];
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const flags = rules.length
    ? table([["flags by rule", "count"], ...rules.map(([r, n]) => [r, String(n)])])
    : "no flags";
  return `${table([header, ...rows, total])}\n\n${flags}`;
}
