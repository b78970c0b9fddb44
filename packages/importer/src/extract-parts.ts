import type { BlockContext, Candidate, Extraction, Issue, Sentence } from "./candidate";
import { inBlock, yearOf } from "./candidate";
import { datedParts, isElliptical } from "./dated-parts";
import { timeOf, type ValidTime } from "./dates";
import { agreementTitle } from "./extract-agreement";
import { extractSentence, readSentence } from "./read-sentence";
import type { ArticleBlock } from "./types";

// A sentence of several dated events read part by part (dated-parts.ts). The parts' reading is
// kept only when it dates more events than reading the sentence whole: a treaty "signed on … and
// in force from …" stays one fact with both dates.

/** The sentence's facts, one per dated part when that dates more of them than `whole` (its reading as one). */
export function extractByParts(
  block: ArticleBlock,
  s: Sentence,
  whole: Extraction & { contextOnly?: boolean },
  ctx: BlockContext,
  referenceYear: number | undefined,
): Extraction & { contextOnly?: boolean } {
  const parts = datedParts(s.text, s.dates);
  if (parts.length < 2) return whole;
  const partCtx = { ...ctx };
  const candidates: Candidate[] = [];
  const partIssues: Issue[] = [];
  let before: Candidate[] = [];
  for (const part of parts) {
    const span = { start: s.offset + part.start, end: s.offset + part.end };
    const sub = readSentence(block, span, s.pair, referenceYear);
    const read = extractSentence(sub, partCtx).candidates;
    const own = read.length > 0 ? read : isElliptical(sub.text) ? before.flatMap((c) => repeat(c, sub)) : [];
    candidates.push(...own);
    partIssues.push(...read.flatMap((c) => c.issues));
    if (own.length > 0) before = own;
  }
  if (datesOf(candidates) <= datesOf(whole.candidates)) return whole;
  Object.assign(ctx, partCtx);
  // What the whole sentence found wrong stays found (a party named in another part, …).
  const known = (i: Issue) => partIssues.some((j) => j.rule === i.rule && j.span.start === i.span.start);
  const sentenceIssues = [...whole.issues, ...whole.candidates.flatMap((c) => c.issues)].filter((i) => !known(i));
  return { candidates, issues: sentenceIssues };
}

/** The fact of the part before, told again for this part's date (and, for an agreement, its name). */
function repeat(c: Candidate, part: Sentence): Candidate[] {
  const validTime: ValidTime = timeOf(part.dates);
  const anchor = inBlock(part, { start: 0, end: part.text.length });
  if (c.kind === "VISIT") {
    const identity = `${c.data.type ?? "visit"}-${yearOf(validTime) || "undated"}`.toLowerCase();
    return [{ ...c, data: { ...c.data }, validTime, anchor, issues: [], identity }];
  }
  if (c.kind === "AGREEMENT") {
    const date = validTime.start ?? undefined;
    const { signedOn, inForceOn, ...rest } = c.data;
    const dated = inForceOn && !signedOn ? { inForceOn: date } : { signedOn: date };
    const title = agreementTitle(part) ?? c.data.title;
    const data = { ...rest, title, ...(date ? dated : {}) };
    return [{ ...c, data, validTime, anchor, issues: [], identity: yearOf(validTime) || "undated" }];
  }
  return [];
}

/** How many distinct dates a reading gives its facts. */
function datesOf(candidates: Candidate[]): number {
  const dates = new Set<string>();
  for (const c of candidates) {
    for (const d of [c.validTime.start, c.validTime.end]) if (d) dates.add(d);
    const data = c.data as { signedOn?: string; inForceOn?: string };
    for (const d of [data.signedOn, data.inForceOn]) if (d) dates.add(d);
  }
  return dates.size;
}
