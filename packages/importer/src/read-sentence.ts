import { findAmounts } from "./amounts";
import type { BlockContext, Extraction, Issue, Sentence } from "./candidate";
import { inBlock } from "./candidate";
import { countryName, findCountryMentions } from "./countries-in-text";
import { findDates } from "./dates";
import { extractAgreement } from "./extract-agreement";
import { extractCulture } from "./extract-culture";
import { extractDiplomaticRelations, extractRecognition } from "./extract-diplomacy";
import { extractEducation } from "./extract-education";
import { extractMissions } from "./extract-mission";
import { extractParliamentaryGroup } from "./extract-parliament";
import { extractTrade } from "./extract-trade";
import { extractVisit } from "./extract-visit";
import { findPlaceMentions, liesIn, nearPlaceIn, wrongAccents } from "./gazetteer";
import { findPeople } from "./people";
import { quotedSpans } from "./phrases";
import type { Span } from "./tokens";
import type { ArticleBlock } from "./types";

// One sentence: what the finders see in it (countries, places, dates, amounts, people, quoted
// titles), what the extractors read from it, and the issues that belong to the sentence itself.

export function readSentence(
  block: ArticleBlock,
  span: Span,
  pair: [string, string],
  referenceYear: number | undefined,
): Sentence {
  const text = block.text.slice(span.start, span.end);
  const quotes = quotedSpans(text);
  const named = findCountryMentions(text);
  const places = findPlaceMentions(text, named, pair);
  // "Mexico City" is a place, not a mention of Mexico.
  const countries = named.filter(
    (c) => !places.some((p) => p.start <= c.start && p.end >= c.end && p.end - p.start > c.end - c.start),
  );
  return {
    text,
    offset: span.start,
    section: block.section,
    pair,
    countries,
    quotes,
    places,
    dates: findDates(text, referenceYear),
    amounts: findAmounts(text),
    people: findPeople(text, { countries, places, quotes }),
  };
}

/**
 * Every extractor sees the sentence. Event-like kinds compete — a parliamentary group's meeting
 * is not also a VISIT; a visit's talk of students is not also EDUCATION — and cultural or
 * educational readings are skipped when the sentence already is an agreement, trade figure, etc.
 */
export function extractSentence(s: Sentence, ctx: BlockContext): Extraction & { contextOnly?: boolean } {
  const structural = [
    extractRecognition(s),
    extractDiplomaticRelations(s),
    extractAgreement(s),
    extractTrade(s),
    extractMissions(s),
  ];
  const parliament = extractParliamentaryGroup(s, ctx);
  const hasStructural = structural.some((e) => e.candidates.length > 0);
  let social: Extraction = parliament;
  if (parliament.candidates.length === 0 && !parliament.contextOnly) {
    social = extractVisit(s);
    if (social.candidates.length === 0 && !hasStructural) social = extractEducation(s);
    if (social.candidates.length === 0 && !hasStructural) social = extractCulture(s);
  }
  const all = [...structural, social];
  const candidates = all.flatMap((e) => e.candidates);
  return {
    candidates,
    issues: all.flatMap((e) => e.issues),
    contextOnly: parliament.contextOnly && candidates.length === 0,
  };
}

/**
 * MISSPELLED_PLACE: a word in a place position a small edit away from a known place, a known
 * place written with accents it does not have ("Kraköw"), or a place the text puts in a country
 * it does not lie in ("Lyon, Spain"): the place's name or its country is wrong either way.
 */
export function misspellings(s: Sentence): Issue[] {
  const issues: Issue[] = [];
  for (const p of s.places) {
    const span = inBlock(s, p);
    if (p.distance > 0) {
      const message = `"${p.text}" is probably a misspelling of ${p.place.name} (${countryName(p.place.country)})`;
      issues.push({ rule: "MISSPELLED_PLACE", message, span });
      continue;
    }
    const accents = wrongAccents(p.text);
    if (accents) {
      const message = `"${p.text}" is written with accents that ${p.place.name} does not have: probably ${accents}`;
      issues.push({ rule: "MISSPELLED_PLACE", message, span });
    } else if (p.stated && !liesIn(p.text, p.stated)) {
      const where = countryName(p.place.country);
      const message = `${p.place.name} lies in ${where}, not in ${countryName(p.stated)}: the place or its country is wrong`;
      issues.push({ rule: "MISSPELLED_PLACE", message, span });
    } else if (!p.stated) {
      const near = nearPlaceIn(p.text, s.pair);
      if (near) {
        const message = `"${p.text}" is probably a misspelling of ${near.place.name} (${countryName(near.place.country)}): the only ${p.place.name} known lies in ${countryName(p.place.country)}`;
        issues.push({ rule: "MISSPELLED_PLACE", message, span });
      }
    }
  }
  return issues;
}

/** MALFORMED_AMOUNT for figures outside trade facts (those flag their own). */
export function malformedAmounts(s: Sentence): Issue[] {
  return s.amounts
    .filter((a) => a.malformed)
    .map((a) => ({
      rule: "MALFORMED_AMOUNT" as const,
      message: `The amount "${a.asReported}" cannot be read as a number (${a.malformed})`,
      span: inBlock(s, a),
    }));
}
