import type { DateMention } from "./dates";
import type { Span } from "./tokens";

// A sentence that tells several dated events ("…signed on 31 October 2006, and the transfer was
// completed on 27 November 2007"; "visited Bangkok in 2012 and again on March 5, 2019") gives one
// fact per event: its parts are read one by one, each with its own date. A part with no subject
// or verb of its own ("and a treaty on airspace on 7 December 2016") repeats the kind of fact
// the part before it told (extract-facts.ts).

// Where a new event can start: after "; " or ": ", ", and " / ", while ", and before " and " +
// "again", an article or a verb in the past tense ("and returned for …").
const JOINT = /;\s+|:\s+|,\s+(?:and|while|whereas)\s+|\s+and\s+(?=again\b|(?:a|an|the|another)\s|\p{Ll}+ed\b)/gu;

const says = (d: DateMention) => !d.relative && !d.attributive;

/**
 * The parts of a sentence, in sentence offsets, when at least two of them have a date of their
 * own; otherwise one part, the whole sentence. Parts without a date join the one before them.
 */
export function datedParts(text: string, dates: DateMention[]): Span[] {
  const own = dates.filter(says);
  if (own.length < 2) return [{ start: 0, end: text.length }];
  const parts: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(JOINT)) {
    const at = m.index ?? 0;
    // A joint inside a date ("between 4 and 7 February") is no joint.
    if (dates.some((d) => d.start < at + m[0].length && at < d.end)) continue;
    parts.push({ start, end: at });
    start = at + m[0].length;
  }
  parts.push({ start, end: text.length });
  const dated: Span[] = [];
  for (const part of parts) {
    const hasDate = own.some((d) => d.start >= part.start && d.end <= part.end);
    const prev = dated[dated.length - 1];
    if (hasDate || !prev) dated.push({ ...part });
    else prev.end = part.end;
  }
  // A leading part without a date joins the one after it.
  const first = dated[0];
  if (first && dated.length > 1 && !own.some((d) => d.start >= first.start && d.end <= first.end)) {
    dated.shift();
    (dated[0] as Span).start = first.start;
  }
  return dated.length >= 2 ? dated : [{ start: 0, end: text.length }];
}

const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|would|did|does|do|took|held|met|made|became|went|came|gave|won|left|began|broke|fell|rose|grew|paid|sold|sent|saw|built|\p{Ll}{2,}ed)\b/u;

/**
 * Whether a part repeats the verb of the part before it: "again on 5 March 2019", "a new trade
 * agreement in 1951", "attended the summit in 2022" (no subject), as opposed to "the court ruled …".
 */
export function isElliptical(part: string): boolean {
  const text = part.trim();
  if (/^again\b/i.test(text) || /^\p{Ll}+ed\b/u.test(text)) return true;
  return /^(?:a|an|the|another)\s/i.test(text) && !FINITE.test(text);
}
