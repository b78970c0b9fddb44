// Hand-written scans for what a regular expression could only say with adjacent or nested
// quantifiers over overlapping characters (and so backtrack super-linearly on a long run of
// spaces, letters or quotes). Each one reads its input once. regex-safety.test.ts checks the rest.

const DOT = ".";

/**
 * Whether `first` occurs and `second` occurs after it before the next full stop: what
 * /first[^.]*second/ says, without scanning the rest of the sentence again for every `first`.
 * Both patterns must start and end with a word boundary and contain no full stop.
 */
export function followedBeforeFullStop(text: string, first: RegExp, second: RegExp): boolean {
  return text.split(DOT).some((piece) => {
    const hit = first.exec(piece);
    return hit !== null && second.test(piece.slice(hit.index + hit[0].length));
  });
}

/**
 * The text before a final parenthesis ("Society (ALACS)" → "Society"), without the space before
 * it: what .replace(/\s*\([^)]*\)$/, "") gives (with `trailingSpace`, .replace(/\s*\([^)]*\)\s*$/, "")).
 */
export function withoutFinalParenthesis(text: string, trailingSpace = false): string {
  const body = trailingSpace ? text.trimEnd() : text;
  const close = body.length - 1;
  if (body[close] !== ")") return text;
  const open = body.indexOf("(", body.lastIndexOf(")", close - 1) + 1);
  if (open < 0 || open >= close) return text;
  return body.slice(0, open).trimEnd();
}

/** Whether `text` ends with `word` (any case) standing alone after whitespace. */
export function endsWithWord(text: string, word: string): boolean {
  const at = text.length - word.length;
  return at > 0 && text.slice(at).toLowerCase() === word && /\s/.test(text.charAt(at - 1));
}

/** `text` without a final word from `words` (any case) that stands after whitespace, and without trailing whitespace. */
export function withoutFinalWord(text: string, words: readonly string[]): string {
  const body = text.trimEnd();
  const word = words.find((w) => endsWithWord(body, w));
  return word ? body.slice(0, body.length - word.length).trimEnd() : body;
}

/** Without a final " in", " at", " in the", " at the" (each followed by whitespace): where a place of signing begins. */
export function withoutPlacePreposition(text: string): string {
  const body = text.trimEnd();
  if (body === text) return text;
  const beforeThe = endsWithWord(body, "the") ? body.slice(0, -3).trimEnd() : undefined;
  for (const candidate of beforeThe === undefined ? [body] : [beforeThe, body]) {
    const word = ["in", "at"].find((w) => endsWithWord(candidate, w));
    if (word) return candidate.slice(0, -word.length).trimEnd();
  }
  return text;
}

/**
 * The length of an owner after the mission's noun ("… of the Republic of Serbia to …"): what
 * /^\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}\s-]*?(?=\s+(?:to|in)\b)/u matched, found by one scan for
 * the first " to"/" in" (or a character a name cannot hold) instead of a lazy loop whose every
 * step rescans the spaces ahead.
 */
export function ownerLength(tail: string): number {
  const head = /^\s+of\s+(?:the\s+)?\p{Lu}/u.exec(tail);
  if (!head) return 0;
  const stop = /(?<!\s)\s+(?:to|in)\b|[^\p{L}\s-]/gu;
  stop.lastIndex = head[0].length;
  const end = stop.exec(tail);
  return end && /\s/.test(end[0].charAt(0)) ? end.index : 0;
}

const RELATIONS_WORDS = ["relationship", "relationhip", "relations", "relation"];

/** Without a final " relations" (" bilateral relations", " relationship"): a title's last words. */
export function withoutRelationsWord(text: string): string {
  const body = text.trimEnd();
  const word = RELATIONS_WORDS.find((w) => endsWithWord(body, w));
  if (!word) return text;
  const before = body.slice(0, body.length - word.length).trimEnd();
  return endsWithWord(before, "bilateral") ? before.slice(0, -"bilateral".length).trimEnd() : before;
}

const THE = /\b[Tt]he\s+/gu;
const THING =
  /(?:meeting|visit|talks|group|Group|agreement|convention|treaty|event|festival|concert|ceremony|delegation|embassy|programme|program)\b/uy;
const CAPITALISED_WORD = /[\p{Lu}][\p{L}-]*\s+/uy;

/**
 * "The meeting", "the Joint Commission meeting": "the", capitalised words, then a word for
 * something the text already spoke of. What /\b[Tt]he\s+(?:[\p{Lu}][\p{L}-]*\s+)*(?:meeting|…)\b/
 * matched, read once: a walk that fails at a word fails there for every "The" it passed (each
 * is a capitalised word of the same run), so the next "the" is looked for from that word on.
 */
export function namesEarlierThing(text: string): boolean {
  THE.lastIndex = 0;
  for (let the = THE.exec(text); the; the = THE.exec(text)) {
    let at = the.index + the[0].length;
    for (;;) {
      THING.lastIndex = at;
      if (THING.test(text)) return true;
      CAPITALISED_WORD.lastIndex = at;
      if (!CAPITALISED_WORD.test(text)) break;
      at = CAPITALISED_WORD.lastIndex;
    }
    THE.lastIndex = Math.max(THE.lastIndex, at);
  }
  return false;
}
