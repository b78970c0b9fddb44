import type { Issue } from "./candidate";
import type { Draft } from "./extract-facts";
import type { Anomaly, ArticleBlock } from "./types";

// Rules that look across facts, and the final list of anomalies. The per-sentence rules live
// with the extractors that see the evidence:
//   COUNTRY_NOT_IN_PAIR      extract-diplomacy.ts (outsidePair), extract-mission.ts, extract-trade.ts
//   MISSPELLED_PLACE         gazetteer.ts + extract-facts.ts (misspellings)
//   MALFORMED_AMOUNT         amounts.ts (parseNumber) + extract-trade.ts
//   CONTRADICTORY_DIRECTION  extract-trade.ts (direction)
//   DUPLICATE_AGREEMENT      here
//   UNSTRUCTURED             here, one per GENERAL fact that could not be typed

const STOP = new Set(
  "the of for and on in with respect to between a an its their concerning regarding about by from agreement convention treaty memorandum protocol accord understanding".split(
    " ",
  ),
);

/** Crude stem so that "taxes", "taxation" and "tax" meet. */
const stem = (w: string) => w.replace(/(?:ations?|itions?|ions?|ances?|ences?|ments?|ies|es|s)$/, "").slice(0, 7);

export function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map(stem),
  );
}

const agreementDate = (d: Draft) =>
  d.kind === "AGREEMENT" ? (d.data.signedOn ?? d.data.inForceOn ?? d.validTime.start ?? undefined) : undefined;

/** Dates agree when one contains the other: "2004-09" contains "2004-09-07". */
const compatible = (a?: string | null, b?: string | null) => !!a && !!b && (a.startsWith(b) || b.startsWith(a));

/**
 * DUPLICATE_AGREEMENT: the same parties, compatible dates and mostly the same title words
 * (at least two, and half of the shorter title's) mean one agreement told twice. The first
 * mention stays the AGREEMENT; a later one becomes a GENERAL fact (its text is kept) flagged as a
 * duplicate, so the relation holds one agreement, not two.
 */
export function markDuplicateAgreements(drafts: Draft[]): Draft[] {
  const agreements: Draft[] = [];
  return drafts.map((d) => {
    if (d.kind !== "AGREEMENT") return d;
    const words = titleWords(d.data.title);
    const match = agreements.find((first) => {
      if (first.kind !== "AGREEMENT") return false;
      const sameParties = [...first.data.parties].sort().join() === [...d.data.parties].sort().join();
      const shared = [...titleWords(first.data.title)].filter((w) => words.has(w));
      const similarity = shared.length / Math.max(1, Math.min(words.size, titleWords(first.data.title).size));
      const dates =
        compatible(agreementDate(first), agreementDate(d)) ||
        (!agreementDate(first) !== !agreementDate(d) && similarity >= 0.8);
      // "the 2000 boundary memorandum" after "a memorandum on … the land boundary": one word is
      // enough for a mention that says it names a known agreement, with the same date.
      const named =
        d.mentionsEarlier &&
        shared.length === 1 &&
        words.size === 1 &&
        compatible(agreementDate(first), agreementDate(d));
      return sameParties && dates && (shared.length >= 2 || named) && similarity >= 0.5;
    });
    if (match?.kind !== "AGREEMENT") {
      agreements.push(d);
      return d;
    }
    const shared = [...titleWords(match.data.title)].filter((w) => words.has(w));
    const issue: Issue = {
      rule: "DUPLICATE_AGREEMENT",
      message: `Probably the same agreement as "${match.data.title}" (${match.heading}): same parties, dates ${agreementDate(match) ?? "?"} and ${agreementDate(d) ?? "?"}, shared title words ${shared.join(", ")}. Kept as a GENERAL mention, not a second agreement`,
      span: d.focus ?? d.anchor,
    };
    const mention: Draft = {
      ...d,
      kind: "GENERAL",
      data: { topic: `Second mention of an agreement: ${d.data.title}`.slice(0, 200) },
      identity: `agreement-mention-${d.identity}`,
      issues: [...d.issues, issue],
    };
    return mention;
  });
}

/** Every issue of every fact, with its key and excerpt, plus one UNSTRUCTURED per untyped fact. */
export function collectAnomalies(drafts: Draft[], keys: string[], blocks: ArticleBlock[]): Anomaly[] {
  const anomalies: Anomaly[] = [];
  drafts.forEach((d, i) => {
    const text = blocks[d.blockIndex]?.text ?? "";
    const importKey = keys[i];
    const issues = [...d.issues];
    if (d.unstructured) {
      issues.push({
        rule: "UNSTRUCTURED",
        message: "Could not be read as a typed fact: kept as a GENERAL fact for an editor to classify",
        span: d.span,
      });
    }
    const seen = new Set<string>();
    for (const issue of issues) {
      const id = `${issue.rule}:${issue.span.start}:${issue.span.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      anomalies.push({
        rule: issue.rule,
        message: issue.message,
        blockIndex: d.blockIndex,
        start: issue.span.start,
        end: issue.span.end,
        excerpt: text.slice(issue.span.start, issue.span.end),
        ...(importKey ? { importKey } : {}),
      });
    }
  });
  return anomalies.sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start);
}
