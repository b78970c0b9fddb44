import type { Span } from "./tokens";
import { MONTH_NUMBERS } from "./vocabulary";

// Dates in running text, normalised to partial dates at the precision the text gives: a day,
// a month or a year, or a range of them. "since X" opens the period (end null); relative phrases
// ("the previous year") are resolved against a year the text has just named.

export interface ValidTime {
  start: string | null;
  /** Omitted: the same period as start. null: still holds. */
  end?: string | null;
}

export interface DateMention extends Span {
  text: string;
  time: ValidTime;
  /** "the previous year", "the same year": resolved from a reference year. */
  relative: boolean;
  /** The year written in the text, for resolving later relative phrases. */
  year: number;
  /** A bare year naming a thing rather than when ("its 1962 judgment", "the 2000 memorandum"). */
  attributive?: boolean;
}

const MON =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";
const DASH = "\\s*(?:[–—-]|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b)\\s*";

type Build = (m: RegExpExecArray) => ValidTime | undefined;
const pad = (n: string | number) => String(n).padStart(2, "0");
const month = (name: string | undefined) => pad(MONTH_NUMBERS[(name ?? "").toLowerCase().replace(".", "")] ?? 0);
const day = (y: string | undefined, m: string | undefined, d: string | undefined) => `${y}-${month(m)}-${pad(d ?? "")}`;
const g = (m: RegExpExecArray, i: number) => m[i] ?? "";

// Most specific first: at one position the longest match wins.
const PATTERNS: [RegExp, Build][] = [
  // 30 September 2014 – 2 October 2015
  [
    re(`${DAY}\\s+(?:of\\s+)?${MON},?\\s+${YEAR}${DASH}${DAY}\\s+(?:of\\s+)?${MON},?\\s+${YEAR}`),
    (m) => ({ start: day(m[3], m[2], m[1]), end: day(m[6], m[5], m[4]) }),
  ],
  // September 30, 2014 – October 2, 2015
  [
    re(`${MON}\\s+${DAY},?\\s+${YEAR}${DASH}${MON}\\s+${DAY},?\\s+${YEAR}`),
    (m) => ({ start: day(m[3], m[1], m[2]), end: day(m[6], m[4], m[5]) }),
  ],
  // 30 September – 2 October 2015
  [
    re(`${DAY}\\s+${MON}${DASH}${DAY}\\s+${MON},?\\s+${YEAR}`),
    (m) => ({ start: day(m[5], m[2], m[1]), end: day(m[5], m[4], m[3]) }),
  ],
  // September 30 – October 2, 2015
  [
    re(`${MON}\\s+${DAY}${DASH}${MON}\\s+${DAY},?\\s+${YEAR}`),
    (m) => ({ start: day(m[5], m[1], m[2]), end: day(m[5], m[3], m[4]) }),
  ],
  // between 22 April and 3 May 2011
  [
    re(`[Bb]etween\\s+${DAY}\\s+${MON}\\s+and\\s+${DAY}\\s+${MON},?\\s+${YEAR}`),
    (m) => ({ start: day(m[5], m[2], m[1]), end: day(m[5], m[4], m[3]) }),
  ],
  // between 4 and 7 February 2011
  [
    re(`[Bb]etween\\s+${DAY}\\s+and\\s+${DAY}\\s+${MON},?\\s+${YEAR}`),
    (m) => ({ start: day(m[4], m[3], m[1]), end: day(m[4], m[3], m[2]) }),
  ],
  // 12–14 September 2014
  [
    re(`${DAY}${DASH}${DAY}\\s+${MON},?\\s+${YEAR}`),
    (m) => ({ start: day(m[4], m[3], m[1]), end: day(m[4], m[3], m[2]) }),
  ],
  // October 24–25, 2015
  [
    re(`${MON}\\s+${DAY}${DASH}${DAY},?\\s+${YEAR}`),
    (m) => ({ start: day(m[4], m[1], m[2]), end: day(m[4], m[1], m[3]) }),
  ],
  // 4 March 2016, 4th of March 2016
  [re(`${DAY}\\s+(?:of\\s+)?${MON},?\\s+${YEAR}`), (m) => ({ start: day(m[3], m[2], m[1]) })],
  // October 18, 1991
  [re(`${MON}\\s+${DAY}(?:,\\s*|\\s+)${YEAR}`), (m) => ({ start: day(m[3], m[1], m[2]) })],
  // 2004-09-07
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => ({ start: `${g(m, 1)}-${g(m, 2)}-${g(m, 3)}` })],
  // 07.09.2004 (day first, as European and post-Soviet sources write it)
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, (m) => ({ start: `${g(m, 3)}-${pad(g(m, 2))}-${pad(g(m, 1))}` })],
  // 4/15/2011 (US, month first) or 15/4/2011 (day first): a part over 12 tells which; when both
  // could be a month ("4/5/2011"), only the year is certain.
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, slashDate],
  // November 2006 – March 2007
  [
    re(`${MON},?\\s+${YEAR}${DASH}${MON},?\\s+${YEAR}`),
    (m) => ({ start: `${m[2]}-${month(m[1])}`, end: `${m[4]}-${month(m[3])}` }),
  ],
  // January–March 2013
  [re(`${MON}${DASH}${MON},?\\s+${YEAR}`), (m) => ({ start: `${m[3]}-${month(m[1])}`, end: `${m[3]}-${month(m[2])}` })],
  // November 2006
  [re(`${MON},?\\s+${YEAR}`), (m) => ({ start: `${m[2]}-${month(m[1])}` })],
  // 2007–2015, 2007-15, between 2007 and 2015
  [/\b([Bb]etween\s+)?(\d{4})(?:\s*[–—-]\s*|\s+to\s+|\s+until\s+|\s+and\s+)(\d{4}|\d{2})\b(?!\d|[.,]\d)/g, yearRange],
  // the 1990s
  [/\b(\d{3})0s\b/g, (m) => ({ start: `${g(m, 1)}0`, end: `${g(m, 1)}9` })],
  // 2008 (a plausible year, not part of an amount, an address or a count)
  [
    /(?<![\d$€£¥₽₺₹₼.,#-]|No\.\s?)\b(1[5-9]\d{2}|20\d{2})\b(?![\d%]|[.,]\d|\s*(?:million|billion|thousand|km|kilometres|people|students|persons|metres|tons|tonnes))/g,
    (m) => ({ start: g(m, 1) }),
  ],
];

const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

const RELATIVE =
  /\b(?:(?:the|that)\s+(?:same\s+)?(previous|preceding|prior|following|next|same)\s+year|(a|one)\s+year\s+(later|earlier|before|after)|that\s+(?:same\s+)?year)\b/gi;

function re(source: string): RegExp {
  return new RegExp(`\\b${source}\\b`, "g");
}

function slashDate(m: RegExpExecArray): ValidTime | undefined {
  const [a, b, year] = [Number(g(m, 1)), Number(g(m, 2)), g(m, 3)];
  if (a > 12 && b <= 12) return { start: `${year}-${pad(b)}-${pad(a)}` };
  if (b > 12 && a <= 12) return { start: `${year}-${pad(a)}-${pad(b)}` };
  if (a === b) return { start: `${year}-${pad(a)}-${pad(b)}` };
  return a <= 12 && b <= 12 ? { start: year } : undefined;
}

function yearRange(m: RegExpExecArray): ValidTime | undefined {
  const [, between, from = "", toRaw = ""] = m;
  if (/\sand\s/.test(m[0]) && !between) return undefined;
  const to = toRaw.length === 2 ? `${from.slice(0, 2)}${toRaw}` : toRaw;
  if (Number(to) <= Number(from)) return undefined;
  return { start: from, end: to };
}

/** The same test as ZPartialDate (shape and calendar), without a schema parse per match. */
function valid(d: string | null | undefined): boolean {
  if (d == null) return true;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return false;
  const [y, mo, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (mo < 1 || mo > 12 || day < 1) return false;
  return new Date(Date.UTC(y, mo - 1, day)).getUTCDate() === day;
}

/** "14–12 September": an end before its start is no range (compared at the coarser precision). */
function reversed(t: ValidTime): boolean {
  if (!t.start || !t.end) return false;
  const n = Math.min(t.start.length, t.end.length);
  return t.end.slice(0, n) < t.start.slice(0, n);
}

/**
 * All dates in `text` with their spans. `referenceYear` resolves relative phrases when the text
 * itself names no year (the year the previous sentence was about).
 */
export function findDates(text: string, referenceYear?: number): DateMention[] {
  const found: DateMention[] = [];
  const hasDigits = /\d/.test(text);
  const hasMonth = MONTH_WORD.test(text);
  for (const [pattern, build] of hasDigits ? PATTERNS : []) {
    if (!hasMonth && pattern.source.includes("January")) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      const time = build(m);
      if (!time || !valid(time.start) || !valid(time.end) || reversed(time)) continue;
      found.push({ ...span, text: m[0], time, relative: false, year: Number((time.end ?? time.start)?.slice(0, 4)) });
    }
  }
  for (const m of text.matchAll(RELATIVE)) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    const year = nearestYear(found, span) ?? referenceYear;
    if (year === undefined) continue;
    const word = `${m[1] ?? ""} ${m[3] ?? ""}`.toLowerCase();
    const shift = /previous|preceding|prior|earlier|before/.test(word)
      ? -1
      : /following|next|later|after/.test(word)
        ? 1
        : 0;
    found.push({ ...span, text: m[0], time: { start: String(year + shift) }, relative: true, year: year + shift });
  }
  for (const f of found) {
    applyQualifier(text, f);
    if (isAttributive(text, f)) f.attributive = true;
  }
  return found.sort((a, b) => a.start - b.start);
}

const DETERMINER = /(?:^|\s)(?:the|its|their|his|her|our|this|that|a|an|whose)\s+$|['’]s\s+$/i;

/** "its 1962 judgment": a bare year after a determiner and before a common noun. */
function isAttributive(text: string, mention: DateMention): boolean {
  if (!/^\d{4}$/.test(mention.text)) return false;
  if (!DETERMINER.test(text.slice(Math.max(0, mention.start - 8), mention.start))) return false;
  return /^\s+\p{Ll}/u.test(text.slice(mention.end, mention.end + 3));
}

/** "since 4 March 2016" → still holds; "until 2015" → unknown start. */
function applyQualifier(text: string, mention: DateMention) {
  const before = text.slice(Math.max(0, mention.start - 12), mention.start);
  if (/\bsince\s+(?:the\s+)?$/i.test(before)) mention.time = { start: mention.time.start, end: null };
  else if (/\b(?:until|till|up to)\s+$/i.test(before)) {
    mention.time = { start: null, end: mention.time.end ?? mention.time.start };
  }
}

/** The explicit year written closest to a relative phrase in the same text. */
function nearestYear(found: DateMention[], span: Span): number | undefined {
  let best: DateMention | undefined;
  const gap = (f: DateMention) => (f.end <= span.start ? span.start - f.end : f.start - span.end);
  for (const f of found) if (!f.relative && (!best || gap(f) < gap(best))) best = f;
  return best?.year;
}

/**
 * The period a set of dates gives a fact: the first date that says when ("its 1962 judgment" is
 * passed over for the date of the ruling that follows), or none.
 */
export function timeOf(dates: DateMention[]): ValidTime {
  const first = dates.find((d) => !d.attributive) ?? dates[0];
  return first ? { ...first.time } : { start: null, end: null };
}

/** The last year a text named, carried forward to resolve "the same year" in the next sentence. */
export function lastYear(dates: DateMention[], fallback?: number): number | undefined {
  const explicit = dates.filter((d) => !Number.isNaN(d.year));
  return explicit.length ? (explicit[explicit.length - 1] as DateMention).year : fallback;
}
