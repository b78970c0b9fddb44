import type { ArticleAnalysis } from "@dyad/db";

// How an analysis of a corpus article scores against what its manifest says it holds.

export interface CorpusEntry {
  file: string;
  heldOut: boolean;
  values: { excerpt: string; date?: string; amount?: number }[];
  defects: { rule: string; excerpt: string }[];
}

export interface ArticleScore {
  file: string;
  heldOut: boolean;
  values: number;
  structured: number;
  missedValues: string[];
  defects: number;
  flagged: number;
  missedDefects: string[];
  falseFlags: string[];
  unstructured: number;
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

export function scoreArticle(entry: CorpusEntry, analysis: ArticleAnalysis): ArticleScore {
  const missedValues: string[] = [];
  for (const v of entry.values) {
    const found = analysis.facts.some((f) => {
      if (!f.content.statement.includes(v.excerpt)) return false;
      if (v.amount !== undefined) {
        const amount = (f.content.data as { amount?: { value?: number | null } }).amount;
        return amount?.value === v.amount;
      }
      const t = f.content.validTime;
      return t?.start === v.date || t?.end === v.date || JSON.stringify(f.content.data).includes(`"${v.date}"`);
    });
    if (!found) missedValues.push(v.excerpt);
  }
  const flags = analysis.anomalies.filter((a) => a.rule !== "UNSTRUCTURED");
  // A misplaced city ("Kolkata, Pakistan") may be flagged on the city or on the third country.
  const points = (a: { rule: string; excerpt: string }, d: { rule: string; excerpt: string }) =>
    overlaps(a.excerpt, d.excerpt) &&
    (a.rule === d.rule ||
      (d.rule === "MISSPELLED_PLACE" && a.rule === "COUNTRY_NOT_IN_PAIR" && d.excerpt.includes(",")));
  const missedDefects = entry.defects
    .filter((d) => !flags.some((a) => points(a, d)))
    .map((d) => `${d.rule} «${d.excerpt}»`);
  const falseFlags = flags
    .filter((a) => !entry.defects.some((d) => points(a, d)))
    .map((a) => `${a.rule} «${a.excerpt}»`);
  return {
    file: entry.file,
    heldOut: entry.heldOut,
    values: entry.values.length,
    structured: entry.values.length - missedValues.length,
    missedValues,
    defects: entry.defects.length,
    flagged: entry.defects.length - missedDefects.length,
    missedDefects,
    falseFlags,
    unstructured: analysis.anomalies.length - flags.length,
  };
}
