import { findCountry } from "@dyad/core/countries/find-country";
import { AppError } from "@dyad/core/errors";
import { withoutFinalParenthesis, withoutRelationsWord } from "./scan";

// The two countries of a title: "Azerbaijan–Canada relations", "Canada-Azerbaijan relations",
// "Relations between France and Germany", "Bosnia and Herzegovina–Serbia relations". Names may
// themselves contain "and" or a hyphen, so every separator is tried as the split point and the
// split whose halves are both countries wins (an en or em dash is preferred over a hyphen or "and").

// A separator's leading spaces are matched only from the start of their run ((?<!\s)), so a long run
// of spaces is not rescanned from each of its positions; the last alternative is a separator right
// after one that a previous match ended on ("A – – B").
export const SEPARATOR = /(?<!\s)\s*[–—]\s*|(?<!\s)\s*-\s*|(?<!\s)\s+and\s+|(?<!\s)\s*\/\s*|[–—/-]\s*/gi;

export function countriesFromTitle(title: string): [string, string] {
  const pair = withoutRelationsWord(
    withoutFinalParenthesis(title, true).replace(/^\s*(?:the\s+)?relations?\s+between\s+/i, ""),
  ).trim();
  const splits = [...pair.matchAll(SEPARATOR)].map((m) => ({
    left: pair.slice(0, m.index),
    right: pair.slice((m.index ?? 0) + m[0].length),
    strong: /[–—]/.test(m[0]),
  }));
  const resolved = splits.map((s) => ({ ...s, a: country(s.left), b: country(s.right) })).filter((s) => s.a && s.b);
  const best = resolved.find((s) => s.strong) ?? resolved[0];
  if (best?.a && best.b) {
    if (best.a === best.b) throw invalidTitle(title, "names the same country twice");
    return [best.a, best.b];
  }
  const parts = countPieces(pair);
  if (parts >= 3)
    throw invalidTitle(title, `names ${parts} countries; an article is about the relations of exactly two`);
  if (parts === 1 || country(pair)) throw invalidTitle(title, "names only one country");
  throw invalidTitle(title, "does not name two countries");
}

function country(name: string): string | undefined {
  const cleaned = name.trim().replace(/^the\s+/i, "");
  return cleaned ? findCountry(cleaned)?.code : undefined;
}

/** How many countries the pair text holds when read as a chain of names ("France–Germany–Italy" → 3). */
function countPieces(text: string): number {
  const pieces = text.split(/(?<!\s)\s*[–—/,-]\s*|[–—/,-]\s*/).filter(Boolean);
  let count = 0;
  for (const piece of pieces) {
    const words = piece.split(/(?<!\s)\s+and\s+/i);
    count += country(piece) ? 1 : words.filter((w) => country(w)).length;
  }
  return count;
}

function invalidTitle(title: string, problem: string) {
  return new AppError(
    "INVALID",
    `The title "${title}" ${problem}. Write it like "= Azerbaijan–Canada relations =" or "= Relations between France and Germany =".`,
  );
}
