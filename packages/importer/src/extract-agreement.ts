import { type Candidate, type Extraction, inBlock, NONE, type Sentence, sentenceSpan, yearOf } from "./candidate";
import type { CountryMention } from "./countries-in-text";
import { timeOf } from "./dates";
import { outsidePair } from "./extract-diplomacy";
import { withoutFinalWord, withoutPlacePreposition } from "./scan";
import { type Span, type Token, tokenize } from "./tokens";
import { CONNECTORS } from "./vocabulary";

// Agreements: a sentence that names an agreement-like document and an act on it (signed,
// concluded, ratified, entered into force). The title is the document's name as written:
// its capitalised phrase, or "agreement on …" up to the verb.

const TYPE =
  /\b(agreements?|conventions?|treaty|treaties|memorand(?:um|a)(?:\s+of\s+understanding)?|protocols?|accords?|pacts?|charter|MoU)\b/i;
const ACT = /\b(signed|concluded|ratified|initial(?:l)?ed|entered into force|came into force|into force)\b/i;
const TITLE_STOP =
  /(?<!\s)\s+(?:was|were|is|are|has|have|had|will|which|that|who|between|signed|entered|came|by|during|at the)\b|,\s+(?:which|and|the|in|on|at)\b|[;:]|\.(?=\s|$)/i;

/** Words that end a common-noun name going backwards: determiners, verbs, prepositions, numbers. */
const NOT_MODIFIERS =
  /^(?:a|an|the|this|that|these|those|its|their|his|her|our|two|both|several|first|second|new|other|same|an?other|and|or|of|on|in|to|for|with|by|from|at|as|signed|concluded|ratified|initialled|initialed|agreed|reached|negotiated|was|were|is|are|be|been|has|have|had|which|who|also|later|then|when|after|before|under|into)$/;

/** "the 2017 " and up to four words before the type word ("the 2017 defence equipment "). */
const DATED_NAME = /\bthe\s+(?:1[5-9]|20)\d{2}\s+(?:[\p{L}-]+\s+){0,4}$/iu;
const PAIR_SUBJECT =
  /\b(?:they|the two (?:countries|governments|states|nations|sides)|both (?:countries|governments|sides))\b/i;

export function extractAgreement(s: Sentence): Extraction {
  const type = TYPE.exec(s.text);
  if (!type) return NONE;
  // "The 2017 defence equipment accord allows …": an agreement named by its year needs no act.
  const byYear = DATED_NAME.test(s.text.slice(Math.max(0, type.index - 60), type.index));
  const act = ACT.exec(s.text) ?? (byYear ? type : null);
  if (!act) return NONE;
  const title = titleSpan(s, type.index);
  // Without an act the verb that ends a name is unknown: "the 2017 … accord allows …" ends at its type.
  const typeEnd = type.index + type[0].length;
  if (act === type && !/^\s+(?:on|of|for|concerning|regarding)\b/i.test(s.text.slice(typeEnd)))
    title.end = Math.min(title.end, typeEnd);
  const titleText = s.text.slice(title.start, title.end).trim();
  if (!titleText) return NONE;
  const mentionsEarlier = /\bthe\s+(?:\d{4}\s+)?$/i.test(s.text.slice(Math.max(0, title.start - 10), title.start));
  const agreementType = (type[1] ?? "")
    .toLowerCase()
    .replace(/s$|ies$/, (m) => (m === "ies" ? "y" : ""))
    .replace(/ of understanding$/, "")
    .replace(/^mou$/, "memorandum");
  const outside = s.dates.filter((d) => d.start >= title.end || d.end <= title.start);
  // "signed on 25 December 2008 and entered into force on 1 October 2009": each date its act.
  const forceAt = /\b(?:entered|came|enter|come)\s+into\s+force\b/i.exec(s.text)?.index;
  const forceDate = forceAt === undefined ? undefined : outside.find((d) => d.start > forceAt);
  const signed = forceDate && outside.find((d) => d !== forceDate && d.start < (forceAt ?? 0));
  const validTime = timeOf(signed ? [signed] : outside);
  const date = validTime.start ?? undefined;
  const inForce = /into force/i.test(act[0]) && !signed;
  const { parties, withOther, otherPair } = partiesOf(s, title);
  // One country of the pair signing "with" a third is another pair's agreement; both of the pair
  // named beside a third ("Egypt, Ethiopia and Sudan signed …") is a trilateral one.
  const bothNamed = s.pair.every((code) => s.countries.some((c) => c.code === code));
  // "they signed …, with Italy": the two of the pair (named before) signed it with a third.
  const pairSigned = PAIR_SUBJECT.test(s.text.slice(0, act.index));
  const issues = bothNamed || pairSigned ? outsidePair(s, otherPair) : outsidePair(s, [...withOther, ...otherPair]);
  const fact: Candidate = {
    kind: "AGREEMENT",
    data: {
      title: titleText.slice(0, 500),
      agreementType: agreementType || undefined,
      ...(date && !inForce ? { signedOn: date } : {}),
      ...(date && inForce ? { inForceOn: date } : {}),
      ...(signed && forceDate?.time.start ? { inForceOn: forceDate.time.start } : {}),
      parties,
    },
    validTime: date ? { start: date } : { start: null, end: null },
    anchor: sentenceSpan(s),
    focus: inBlock(s, title),
    issues,
    identity: yearOf(validTime) || "undated",
    ...(mentionsEarlier ? { mentionsEarlier } : {}),
  };
  return { candidates: [fact], issues: [] };
}

/** The name of the agreement a sentence (or an elliptical part of one) names, if it names one. */
export function agreementTitle(s: Sentence): string | undefined {
  const type = TYPE.exec(s.text);
  if (!type) return undefined;
  const title = titleSpan(s, type.index);
  return s.text.slice(title.start, title.end).trim() || undefined;
}

/** The agreement's name around its type word: the capitalised phrase, or the words up to the verb. */
function titleSpan(s: Sentence, typeAt: number): Span {
  const tokens = tokenize(s.text);
  let i = tokens.findIndex((t) => t.start === typeAt);
  // Walk back over the capitalised words of the name ("Comprehensive Economic and Trade Agreement").
  while (i > 0 && /^\p{Lu}/u.test(s.text[typeAt] ?? "")) {
    const prev = tokens[i - 1] as Token;
    const dash = (prev.text === "-" || prev.text === "–") && prev.end === tokens[i]?.start;
    const isPart =
      dash ||
      (prev.word &&
        (/^\p{Lu}/u.test(prev.text) || (CONNECTORS.has(prev.text) && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? ""))));
    if (!isPart || /^(The|A|An|In|On|At|During)$/.test(prev.text)) break;
    i--;
  }
  // A common-noun name keeps the words that say what it is about: "a double taxation treaty",
  // "an economic partnership agreement" (not just "treaty"), so a second mention can be matched.
  if (!/^\p{Lu}/u.test(s.text[typeAt] ?? "")) {
    for (let k = 0; k < 4 && i > 0; k++) {
      const prev = tokens[i - 1] as Token;
      if (!prev.word || !/^\p{L}[\p{L}-]*$/u.test(prev.text) || NOT_MODIFIERS.test(prev.text.toLowerCase())) break;
      if (s.countries.some((c) => prev.start >= c.start && prev.start < c.end)) break;
      i--;
    }
  }
  const start = tokens[i]?.start ?? typeAt;
  const tail = s.text.slice(start);
  const stop = TITLE_STOP.exec(tail);
  let end = start + (stop ? stop.index : tail.length);
  // A date ends the title too ("…Agreement on 7 September 2004"), and so does the place of
  // signing ("the Élysée Treaty in Paris").
  const date = s.dates.find((d) => d.start > start && d.start < end);
  if (date) end = start + withoutFinalWord(s.text.slice(start, date.start), ["on", "in", "of"]).length;
  const place = [...s.places, ...s.countries]
    .filter((p) => p.start > start && p.start < end)
    .sort((a, b) => a.start - b.start)
    .find((p) => /\s(?:in|at)\s+(?:the\s+)?$/i.test(s.text.slice(start, p.start)));
  if (place) end = start + withoutPlacePreposition(s.text.slice(start, place.start)).length;
  // "a similar border treaty with Kyrgyzstan": the party it was signed with is not in the name.
  const withParty = s.countries.find(
    (c) => c.start > start && c.start < end && endsWithWith(s.text.slice(start, c.start)),
  );
  if (withParty && !/^\p{Lu}/u.test(s.text[typeAt] ?? "")) {
    const before = s.text.slice(start, withParty.start).trimEnd();
    end = start + before.slice(0, before.toLowerCase().lastIndexOf("with")).trimEnd().length;
  }
  return { start, end: start + s.text.slice(start, end).trimEnd().replace(/[,]$/, "").length };
}

/** Whether text ends with "with" or "with the" as words (split, not an expression: linear on any run of spaces). */
function endsWithWith(text: string): boolean {
  if (!/\s$/.test(text)) return false;
  const words = text.trim().toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  return last === "with" || (last === "the" && words[words.length - 2] === "with");
}

/**
 * The two countries of the article, plus any other country listed as a party ("between A, B and
 * C", "signed … with C"). `withOther`: third countries an agreement was signed "with".
 */
function partiesOf(
  s: Sentence,
  title: Span,
): { parties: string[]; withOther: CountryMention[]; otherPair: CountryMention[] } {
  const parties = new Set<string>(s.pair);
  const withOther: CountryMention[] = [];
  // "a memorandum between Mozambique and Malawi": one of the pair and a third, the other absent.
  const otherPair: CountryMention[] = [];
  // "… signed a similar treaty with Kyrgyzstan": the country after "with" is a party.
  for (const m of s.text.matchAll(/\bwith\s+(?:the\s+)?/gi)) {
    const at = (m.index ?? 0) + m[0].length;
    const c = s.countries.find((c) => c.start === at && c.kind === "name");
    if (c && (c.end <= title.start || c.start >= title.end) && ACT.test(s.text.slice(0, m.index))) {
      parties.add(c.code);
      if (!s.pair.includes(c.code)) withOther.push(c);
    }
  }
  const between = /\b(?:between|among)\s+/gi;
  for (const m of s.text.matchAll(between)) {
    const from = (m.index ?? 0) + m[0].length;
    const list = s.text.slice(from).split(/[.;]|(?<!\s)\s+(?:on|in|at|during)\s+/)[0] ?? "";
    const listed = s.countries.filter(
      (c) =>
        c.kind === "name" &&
        c.start >= from &&
        c.end <= from + list.length &&
        (c.end <= title.start || c.start >= title.end),
    );
    for (const c of listed) parties.add(c.code);
    const ofPair = new Set(listed.filter((c) => s.pair.includes(c.code)).map((c) => c.code));
    if (ofPair.size === 1) otherPair.push(...listed.filter((c) => !s.pair.includes(c.code)));
  }
  return { parties: [...parties], withOther, otherPair };
}
