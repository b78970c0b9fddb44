import type { CountryMention } from "./countries-in-text";
import type { PlaceMention } from "./gazetteer";
import { bare, isNameShaped, type Span, type Token, tokenize, within } from "./tokens";
import { canBeNameWord, HONORIFICS, NAME_PARTICLES, ROLE_BREAKERS, ROLE_HEADS, ROLE_MODIFIERS } from "./vocabulary";

// People with their roles. A name is two to four capitalised name-shaped words that are not
// vocabulary (offices, institutions, geography): "Araz Azimov", "Charles de Gaulle",
// "Frank-Walter Steinmeier". Its role is the office phrase in front of it ("Deputy Minister of
// Foreign Affairs of Azerbaijan Araz Azimov", "…of Ontario in Canada, Reza Moridi") and the
// function the sentence gives it ("has been the head of the group", "its first head was …").

export interface PersonMention extends Span {
  name: string;
  role?: string;
  /** The country the role names ("…of Azerbaijan", "Canadian …"). */
  country?: string;
}

/** A person as fact data stores it (roles are capped at the schema's 300 characters). */
export const asPerson = (p: PersonMention): { name: string; role?: string; country?: string } => ({
  name: p.name,
  ...(p.role ? { role: p.role.slice(0, 300) } : {}),
  ...(p.country ? { country: p.country } : {}),
});

interface Context {
  countries: CountryMention[];
  places: PlaceMention[];
  quotes: Span[];
}

export function findPeople(text: string, context: Context): PersonMention[] {
  const tokens = tokenize(text);
  const people: PersonMention[] = [];
  const taken = new Set<number>();
  const withBlocked = { ...context, blocked: [...context.countries, ...context.places, ...context.quotes] };
  for (let i = 0; i < tokens.length; i++) {
    const candidate = nameAt(text, tokens, i, withBlocked);
    if (!candidate) continue;
    for (let k = i; k <= candidate.last; k++) taken.add(k);
    const descriptive = roleBefore(text, tokens, i, taken);
    const fn = functionRole(
      text,
      descriptive?.start ?? (tokens[i] as Token).start,
      (tokens[i] as Token).start,
      candidate.end,
    );
    const role = [fn, descriptive?.text].filter(Boolean).join("; ") || undefined;
    const country = descriptive ? context.countries.find((c) => within(c, descriptive))?.code : undefined;
    people.push({
      start: (tokens[i] as Token).start,
      end: candidate.end,
      name: candidate.name,
      ...(role ? { role } : {}),
      ...(country ? { country } : {}),
    });
    i = candidate.last;
  }
  return people;
}

function isNameWord(t: Token | undefined): boolean {
  return !!t?.word && isNameShaped(t.text) && canBeNameWord(bare(t.text));
}

function nameAt(text: string, tokens: Token[], i: number, context: Context & { blocked: Span[] }) {
  const first = tokens[i] as Token;
  if (!isNameWord(first)) return undefined;
  const blocked = (t: Token) => context.blocked.some((s) => t.start >= s.start && t.start < s.end);
  if (blocked(first) || /^the$/i.test(tokens[i - 1]?.text ?? "")) return undefined;
  let last = i;
  let words = 1;
  for (let j = i + 1; j < tokens.length && !/['’]s$/.test((tokens[last] as Token).text); j++) {
    const t = tokens[j] as Token;
    const gap = text.slice((tokens[j - 1] as Token).end, t.start);
    if (t.text === "-" && !gap && isNameWord(tokens[j + 1]) && (tokens[j + 1] as Token).start === t.end) {
      last = j + 1;
      j++;
      continue;
    }
    if (gap !== " ") break;
    if (NAME_PARTICLES.has(t.text) && isNameWord(tokens[j + 1])) continue;
    if (!isNameWord(t) || blocked(t)) break;
    last = j;
    words++;
  }
  const next = tokens[last + 1];
  const followedByCapital =
    next?.word && /^\p{Lu}/u.test(next.text) && text.slice((tokens[last] as Token).end, next.start) === " ";
  if (words < 2 || words > 4 || followedByCapital) return undefined;
  const end =
    (tokens[last] as Token).end - ((tokens[last] as Token).text.length - bare((tokens[last] as Token).text).length);
  const name = text.slice(first.start, end);
  if (context.places.some((p) => p.start === first.start)) return undefined;
  return { name, last, end };
}

const MAX_ROLE_TOKENS = 24;

/** The office phrase ending right before the name, built around the nearest role head noun. */
function roleBefore(
  text: string,
  tokens: Token[],
  nameIndex: number,
  taken: Set<number>,
): (Span & { text: string }) | undefined {
  let k = nameIndex - 1;
  // "…Parliament, Mr. Jamie Schmale": skip the honorific and an appositive comma.
  if (tokens[k]?.text === "." && HONORIFICS.has((tokens[k - 1]?.text ?? "").toLowerCase())) k -= 2;
  else if (HONORIFICS.has((tokens[k]?.text ?? "").toLowerCase())) k -= 1;
  const roleEnd = k;
  let head: number | undefined;
  for (let steps = 0; k >= 0 && steps < MAX_ROLE_TOKENS; k--, steps++) {
    const t = tokens[k] as Token;
    if (taken.has(k) || !allowedInRole(t)) break;
    if (ROLE_HEADS.has(t.text.toLowerCase())) {
      head = k;
      break;
    }
  }
  if (head === undefined) return undefined;
  let start = head;
  for (let m = head - 1; m >= 0 && !taken.has(m); m--) {
    const t = tokens[m] as Token;
    const lower = t.text.toLowerCase();
    const modifier =
      ROLE_MODIFIERS.has(lower) ||
      ROLE_HEADS.has(lower) ||
      (t.word && /^\p{Lu}/u.test(t.text) && !/^(The|A|An|In|On|At|During|Since|After)$/.test(t.text));
    if (t.text === "-" || modifier) start = m;
    else break;
  }
  while (start <= roleEnd && /^[-,]$/.test((tokens[start] as Token).text)) start++;
  let end = roleEnd;
  while (end >= start && /^[,.]$/.test((tokens[end] as Token).text)) end--;
  if (end < start) return undefined;
  const span = { start: (tokens[start] as Token).start, end: (tokens[end] as Token).end };
  return { ...span, text: text.slice(span.start, span.end) };
}

function allowedInRole(t: Token): boolean {
  if (!t.word) return t.text === "," || t.text === "-";
  const lower = t.text.toLowerCase();
  if (ROLE_BREAKERS.has(lower)) return false;
  // Lowercase verb forms ("belonging", "dedicated") end a role; "acting" and "honoured" do not.
  if (/^\p{Ll}/u.test(t.text) && lower.length >= 5 && /(?:ed|ing)$/.test(lower) && !ROLE_MODIFIERS.has(lower))
    return false;
  return true;
}

const FUNCTION_HEADS = "(?:co-)?chair(?:man|woman|person)?|head|leader|president|secretary|coordinator|director";
const FUNCTION_BEFORE: [RegExp, string][] = [
  [/\bunder the chairmanship of\s+$/i, "chair"],
  [/\bchaired by\s+$/i, "chair"],
  [/\bheaded by\s+$/i, "head"],
  [/\bunder the leadership of\s+$/i, "leader"],
];
const COPULA_BEFORE = new RegExp(
  `\\b(?:its|the|their)\\s+((?:first|former|current|new|last)\\s+)?(${FUNCTION_HEADS})(?:\\s+of\\s+[^,.;]+?)?\\s+(?:was|is|became)\\s+(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?$`,
  "i",
);
const COPULA_AFTER = new RegExp(
  `^\\s+(?:has been|had been|was|is|became|served as|has served as)\\s+(?:re-?elected\\s+|elected\\s+|appointed\\s+|named\\s+)?(?:as\\s+)?(?:the\\s+)?((?:first\\s+|new\\s+|current\\s+)?(?:${FUNCTION_HEADS})(?:\\s+of\\s+(?:the\\s+)?[\\p{L}\\s-]+?)?)(?=\\s+(?:since|from|until|in|on|and)\\b|[,.;)]|$)`,
  "iu",
);

const ROLE_REACH = 300;

/** The function the sentence gives the person ("chair", "head of the group", "first head"). */
function functionRole(text: string, roleStart: number, nameStart: number, nameEnd: number): string | undefined {
  const before = text.slice(0, nameStart);
  const beforeRole = text.slice(0, roleStart);
  for (const [re, role] of FUNCTION_BEFORE) if (re.test(beforeRole)) return role;
  // Both expressions backtrack quadratically in the length they are given, so they see only the
  // ROLE_REACH characters beside the name: a role phrase ("its first chair of … was") is shorter.
  const copula = COPULA_BEFORE.exec(before.slice(-ROLE_REACH));
  if (copula) return `${copula[1] ?? ""}${copula[2] ?? ""}`.trim();
  const after = COPULA_AFTER.exec(text.slice(nameEnd, nameEnd + ROLE_REACH).replace(/^['’]s/, ""));
  return after?.[1]?.trim();
}
