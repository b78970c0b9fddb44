import type { TSection } from "@dyad/core/schemas/fact";
import type { BlockContext, Candidate, Issue, Sentence } from "./candidate";
import { sentenceSpan } from "./candidate";
import { findDates, lastYear, timeOf } from "./dates";
import { extractByParts } from "./extract-parts";
import { asPerson } from "./people";
import { extractSentence, malformedAmounts, misspellings, readSentence } from "./read-sentence";
import { isReferenceBlock } from "./references";
import { isNavigation } from "./related-links";
import { namesEarlierThing } from "./scan";
import { splitSentences } from "./sentences";
import type { Span } from "./tokens";
import type { ArticleBlock } from "./types";

// From blocks to facts. Each sentence goes through the extractors; the sentences of a paragraph
// are then grouped the way a reader would: a sentence that adds detail to the fact before it
// ("During the meeting, …", "(Author of …)", "Both nations …") joins that fact's statement; a
// sentence that only introduces a subject ("X operates in …") joins the next fact when that one
// refers back to it ("This working group was established …"); anything else that cannot be
// typed becomes a GENERAL fact of its section, flagged UNSTRUCTURED. Nothing is dropped.

export type Draft = Candidate & { blockIndex: number; heading: string; section: TSection; span: Span };

const BACK_REFERENCE = /^\s*(?:This|These|That|Those|It|Its|They|Their|He|She|His|Her|Both|The same|Such)\b/;
const CONTINUATION =
  /^\s*(?:\(|(?:During|At|After|In|Following) (?:the|this|that) (?:meeting|visit|talks|event|ceremony)\b|In addition\b|Moreover\b|Furthermore\b|Also\b)/u;
const isContinuation = (text: string) =>
  BACK_REFERENCE.test(text) || CONTINUATION.test(text) || namesEarlierThing(text);

export function extractFacts(blocks: ArticleBlock[], pair: [string, string]): Draft[] {
  const drafts: Draft[] = [];
  let referenceYear: number | undefined;
  let heading = "";
  for (const block of blocks) {
    if (block.heading !== heading) [heading, referenceYear] = [block.heading, undefined];
    // Navigation ("See also", category lines) becomes links of the relation (related-links.ts),
    // a References section becomes sources (references.ts).
    if (isNavigation(block) || isReferenceBlock(block)) continue;
    const result = extractBlock(block, pair, referenceYear);
    referenceYear = result.referenceYear;
    drafts.push(...result.drafts);
  }
  return drafts;
}

function extractBlock(block: ArticleBlock, pair: [string, string], startYear: number | undefined) {
  const ctx: BlockContext = {};
  const drafts: Draft[] = [];
  let referenceYear = startYear;
  let pending: { span: Span; issues: Issue[]; introduces: boolean; dated: boolean } | undefined;
  let last: Draft | undefined;
  const draft = (c: Candidate, span: Span): Draft => ({
    ...c,
    blockIndex: block.index,
    heading: block.heading,
    section: block.section,
    span,
  });
  const flushPending = () => {
    if (pending) drafts.push(draft(generalFact(block.text, pending.span, pending.issues), pending.span));
    pending = undefined;
  };

  for (const span of splitSentences(block.text)) {
    const s = readSentence(block, span, pair, referenceYear);
    const { candidates, issues, contextOnly } = extractByParts(block, s, extractSentence(s, ctx), ctx, referenceYear);
    referenceYear = lastYear(s.dates, referenceYear);
    // A sentence with a date of its own tells its own event: it does not join a dated fact before it.
    const dated = s.dates.some((d) => !d.relative && !d.attributive);
    const loose = [
      ...issues,
      ...misspellings(s),
      ...(candidates.some((c) => c.kind === "TRADE_FIGURE") ? [] : malformedAmounts(s)),
    ];
    const whole = sentenceSpan(s);

    if (candidates.length === 0) {
      if (last && !pending && isContinuation(s.text) && !(dated && last.validTime.start)) {
        absorb(last, s, whole, loose);
      } else if (pending && isContinuation(s.text) && !(dated && pending.dated)) {
        pending.span.end = whole.end;
        pending.issues.push(...loose);
        pending.dated ||= dated;
      } else {
        flushPending();
        pending = { span: { ...whole }, issues: loose, introduces: !!contextOnly, dated };
      }
      continue;
    }
    const only = candidates[0] as Candidate;
    if (
      last &&
      !pending &&
      candidates.length === 1 &&
      s.dates.length === 0 &&
      only.kind === last.kind &&
      isContinuation(s.text)
    ) {
      merge(last, only);
      absorb(last, s, whole, loose);
      continue;
    }
    let start = whole.start;
    const carried: Issue[] = [];
    if (pending && (pending.introduces || BACK_REFERENCE.test(s.text))) {
      start = pending.span.start;
      carried.push(...pending.issues);
      pending = undefined;
    }
    flushPending();
    const made: Draft[] = [];
    for (const c of candidates) {
      // The same mission stated twice in a paragraph (same owner, host and type) is one fact.
      const same =
        c.kind === "MISSION" ? drafts.find((d) => d.kind === "MISSION" && d.identity === c.identity) : undefined;
      if (same) {
        merge(same, c);
        same.span = { start: Math.min(same.span.start, start), end: Math.max(same.span.end, whole.end) };
        made.push(same);
        continue;
      }
      const d = draft(c, { start, end: whole.end });
      drafts.push(d);
      made.push(d);
    }
    for (const issue of [...carried, ...loose]) ownerOfIssue(made, issue, s)?.issues.push(issue);
    last = drafts[drafts.length - 1];
  }
  flushPending();
  return { drafts: drafts.sort((a, b) => a.span.start - b.span.start), referenceYear };
}

/**
 * Which of a sentence's facts a sentence-level issue concerns: the one whose data uses the place
 * a misspelling was corrected to, else the one read from the clause holding the span, else the first.
 */
function ownerOfIssue(made: Draft[], issue: Issue, s: Sentence): Draft | undefined {
  if (issue.rule === "MISSPELLED_PLACE") {
    const place = s.places.find((p) => p.start + s.offset === issue.span.start)?.place.name;
    const user = place ? made.find((d) => Object.values(d.data as Record<string, unknown>).includes(place)) : undefined;
    if (user) return user;
  }
  return made.find((d) => issue.span.start >= d.anchor.start && issue.span.start < d.anchor.end) ?? made[0];
}

/** A following sentence that adds detail: its text joins the statement, its people the fact. */
function absorb(target: Draft, s: Sentence, whole: Span, issues: Issue[]) {
  target.span = { start: Math.min(target.span.start, whole.start), end: Math.max(target.span.end, whole.end) };
  target.issues.push(...issues);
  const data = target.data as { people?: { name: string; role?: string; country?: string }[] };
  if (Array.isArray(data.people)) {
    for (const p of s.people) {
      if (!data.people.some((q) => q.name === p.name)) data.people.push(asPerson(p));
    }
  }
}

/** Fold a second reading of the same fact into the first: fill what it lacks, add people and issues. */
function merge(target: Draft, extra: Candidate) {
  const data = target.data as Record<string, unknown>;
  for (const [key, value] of Object.entries(extra.data as Record<string, unknown>)) {
    if (key === "people" && Array.isArray(value) && Array.isArray(data.people)) {
      const people = data.people as { name: string }[];
      for (const p of value as { name: string }[]) if (!people.some((q) => q.name === p.name)) people.push(p);
    } else if (data[key] === undefined) data[key] = value;
  }
  if (!target.validTime.start && extra.validTime.start) target.validTime = extra.validTime;
  target.issues.push(...extra.issues);
}

function generalFact(blockText: string, span: Span, issues: Issue[]): Candidate {
  return {
    kind: "GENERAL",
    data: {},
    validTime: timeOf(findDates(blockText.slice(span.start, span.end))),
    anchor: span,
    issues,
    identity: "",
    unstructured: true,
  };
}
