import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headingOf, listItemOf } from "./parse-article";
import { quotedSpans } from "./phrases";
import {
  followedBeforeFullStop,
  namesEarlierThing,
  ownerLength,
  withoutFinalParenthesis,
  withoutFinalWord,
  withoutPlacePreposition,
  withoutRelationsWord,
} from "./scan";
import { CLAUSE_SPLIT } from "./sentences";
import { SEPARATOR } from "./title";

// The hand-written scans and the rewritten expressions answer exactly what the expressions they
// replaced answered (those backtracked super-linearly; see regex-safety.test.ts). The old
// expressions are the specification here, run on short strings where their cost does not matter.

/** Short strings over the characters the old expressions care about. */
const text = (alphabet: string[]) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join(""));
const WORDS = [" ", "  ", "\t", "\u2028", "=", "-", "*", "•", "(", ")", ",", ".", ";", "x", "X", "é", "1"];
const all = (t: string, re: RegExp) => [...t.matchAll(re)].map((m) => [m.index, m[0]]);
const same = <T>(property: (t: string) => [T, T], alphabet: string[]) =>
  fc.assert(
    fc.property(text(alphabet), (t) => {
      const [actual, expected] = property(t);
      expect(actual).toEqual(expected);
    }),
    { numRuns: 2000, seed: 20 },
  );

describe("hand-written scans match the expressions they replace", () => {
  it("headings, the title and list items", () => {
    const heading = ["=", "=", " ", "\t", "\u2028", "x"];
    same((t) => {
      const line = t.trim();
      const m = /^(={1,6})\s*(.*?)\s*\1$/.exec(line);
      return [headingOf(line, 6), m ? { level: m[1]?.length, text: m[2] } : undefined];
    }, heading);
    same((t) => {
      const line = t.trim();
      return [headingOf(line, 1)?.text, /^=(?!=)\s*(.*?)\s*=$/.exec(line)?.[1]?.trim()];
    }, heading);
    same((t) => [listItemOf(t.trim()), /^[-*•]\s+(.*)$/.exec(t.trim())?.[1]], ["-", "*", "•", " ", "\u2028", "x"]);
  });

  it("trailing words and parentheses", () => {
    const words = [
      ...WORDS,
      "on",
      "in",
      "of",
      "at",
      "the",
      "THE",
      "bilateral",
      "relations",
      "relationship",
      "Relation",
    ];
    same((t) => [withoutFinalWord(t, ["on", "in", "of"]).length, t.replace(/\s+(?:on|in|of)?\s*$/i, "").length], words);
    same((t) => [withoutPlacePreposition(t), t.replace(/\s+(?:in|at)\s+(?:the\s+)?$/i, "")], words);
    same((t) => [withoutFinalParenthesis(t), t.replace(/\s*\([^)]*\)$/, "")], words);
    same((t) => [withoutFinalParenthesis(t, true), t.replace(/\s*\([^)]*\)\s*$/, "")], words);
    same(
      (t) => [withoutRelationsWord(t).trim(), t.replace(/\s+(?:bilateral\s+)?relations?(?:hip)?\s*$/i, "").trim()],
      words,
    );
  });

  it("word pairs, owners, quotes and earlier things", () => {
    const words = [
      ...WORDS,
      "event",
      "events",
      "held",
      "handles",
      "through",
      "of",
      "the",
      "to",
      "in",
      "Serbia",
      "“",
      "”",
      "«",
      "»",
      '"',
      "\n",
    ];
    same(
      (t) => [
        followedBeforeFullStop(t, /\bevents?\b/i, /\b(?:held|through)\b/i),
        /\bevents?\b[^.]*\b(?:held|through)\b/i.test(t),
      ],
      words,
    );
    same(
      (t) => [ownerLength(t), /^\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}\s-]*?(?=\s+(?:to|in)\b)/u.exec(t)?.[0].length ?? 0],
      words,
    );
    same(
      (t) => [
        quotedSpans(t).map((q) => [q.start, q.text]),
        [...t.matchAll(/["“«]([^"”»\n]{1,300})["”»]/g)].map((m) => [(m.index ?? 0) + 1, m[1]]),
      ],
      words,
    );
    const things = [...WORDS, "The", "the", "Joint", "meeting", "meetings", "Group", "x-y", "The-Thing"];
    same(
      (t) => [
        namesEarlierThing(t),
        /\b[Tt]he\s+(?:[\p{Lu}][\p{L}-]*\s+)*(?:meeting|visit|talks|group|Group|agreement|convention|treaty|event|festival|concert|ceremony|delegation|embassy|programme|program)\b/u.test(
          t,
        ),
      ],
      things,
    );
  });

  it("separators of a title and of clauses", () => {
    const words = [...WORDS, "–", "—", "/", "and", "AND", "but", "while", "also", "has", ";"];
    same((t) => [all(t, SEPARATOR), all(t, /\s*[–—]\s*|\s*-\s*|\s+and\s+|\s*\/\s*/gi)], words);
    same(
      (t) => [
        all(t, CLAUSE_SPLIT),
        all(
          t,
          /\s*(?:;\s+|,?\s+(?:but|while|whereas)\s+|,\s+and\s+(?=(?:also\s+)?(?:does|do|did|has|have|had|is|are|was|were|maintains?|opened|operates?|handles?|keeps?|runs?)\b))/g,
        ),
      ],
      words,
    );
  });
});
