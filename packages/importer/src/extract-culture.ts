import { type Candidate, type Extraction, NONE, type Sentence, sentenceSpan, yearOf } from "./candidate";
import { timeOf } from "./dates";
import { asPerson } from "./people";
import { capitalisedRuns, organisationsAfterBy, phraseAfter } from "./phrases";
import { followedBeforeFullStop } from "./scan";

// Cultural events: festivals, concerts, plays, exhibitions, commemorations. The title is the
// quoted name; the place is where it "was held"; organisers come from "organized by …".

const EVENT_TYPES: [RegExp, string][] = [
  [/\bfilm\s+festival/i, "film festival"],
  [/\bfestivals?\b/i, "festival"],
  [/\bconcerts?\b/i, "concert"],
  [/\bexhibitions?\b/i, "exhibition"],
  [/\bcommemorat/i, "commemoration"],
  [/\b(?:spectacle|play|plays|theat(?:er|re)\s+performances?|theat(?:er|re)|drama)\b/i, "play"],
  [/\b(?:film|films|screenings?|movie)\b/i, "film screening"],
  [/\b(?:opera|ballet)\b/i, "performance"],
  [/\bcultur(?:e|al) days\b|\bdays of (?:\w+\s+)?culture\b/i, "cultural days"],
  [/\bevenings?\b|\bgala\b/i, "evening"],
  [/\bperformances?\b/i, "performance"],
  [/\bbooks?\b|\bpoetry\b/i, "literary event"],
];
const GENERIC = /\b(?:culture|art|music)\b/i;
const isGeneric = (text: string) =>
  GENERIC.test(text) || followedBeforeFullStop(text, /\bevents?\b/i, /\b(?:held|organi[sz]ed|took place|dedicated)\b/i);

export function extractCulture(s: Sentence): Extraction {
  const eventType =
    EVENT_TYPES.find(([re]) => re.test(s.text))?.[1] ??
    (isGeneric(s.text) && /\bevents?\b/i.test(s.text) ? "events" : undefined);
  if (!eventType) return NONE;
  // The quoted name, else a capitalised name built on the event word ("Sarajevo Film Festival").
  const title =
    s.quotes[0]?.text ??
    capitalisedRuns(s.text)
      .find((r) => r.text.split(/\s+/).length >= 2 && EVENT_TYPES.some(([re]) => re.test(r.text)))
      ?.text.replace(/^(?:The|A|An)\s+/, "");
  const validTime = timeOf(s.dates);
  const place = venue(s);
  const fact: Candidate = {
    kind: "CULTURE",
    data: {
      ...(title ? { title: title.slice(0, 300) } : {}),
      eventType,
      ...(place ? { place: place.slice(0, 300) } : {}),
      people: s.people.map(asPerson),
      organisations: organisationsAfterBy(s.text).map((o) => o.text.slice(0, 300)),
    },
    validTime,
    anchor: sentenceSpan(s),
    issues: [],
    identity: yearOf(validTime) || "undated",
  };
  return { candidates: [fact], issues: [] };
}

/** "held in Montreal, Canada" → "Montreal, Canada"; "held at the University of Calgary" → that. */
function venue(s: Sentence): string | undefined {
  const verbs = /\b(?:held|took place|staged|performed|demonstrated|shown|screened|opened|hosted|presented)\b/gi;
  for (const verb of s.text.matchAll(verbs)) {
    const from = (verb.index ?? 0) + verb[0].length;
    for (const prep of s.text.slice(from).matchAll(/\b(?:in|at)\s+/g)) {
      const at = from + (prep.index ?? 0) + prep[0].length;
      if (/[.;]/.test(s.text.slice(from, at))) break;
      const phrase = phraseAfter(s.text, at);
      if (!phrase) continue;
      const country = /^,\s*/.exec(s.text.slice(phrase.end));
      const named = country
        ? s.countries.find((c) => c.start === phrase.end + country[0].length && c.kind === "name")
        : undefined;
      return named ? s.text.slice(phrase.start, named.end) : phrase.text.replace(/['’]s$/, "");
    }
  }
  return undefined;
}
