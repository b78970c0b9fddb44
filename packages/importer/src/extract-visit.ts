import { type Candidate, type Extraction, inPair, NONE, other, type Sentence, sentenceSpan, yearOf } from "./candidate";
import { timeOf } from "./dates";
import { asPerson } from "./people";
import { phraseAfter } from "./phrases";

// Visits and meetings of officials. "X visited Canada" is a VISIT to Canada by X's country;
// "the meeting took place between A and B", "A met with B" is a MEETING. The occasion is the
// event it was held on ("on occasion of the 65th anniversary of the UN General Assembly").

const CUE = /\b(?:visit(?:ed|s|ing)?|met|meet|meeting|talks|received)\b/i;
const VISIT_TO = /\b(?:visited|visit(?:s|ing)?\s+to|arrived\s+in|travell?ed\s+to)\s+(?:the\s+)?/i;
const OCCASION = [
  /\bon (?:the )?occasion of\s+(?:the\s+)?([^,.;]+)/i,
  /\bon the sidelines of\s+(?:the\s+)?([^,.;]+)/i,
  /\bwithin the framework of\s+(?:the\s+)?([^,.;]+)/i,
  /\bas part of\s+(?:the\s+)?([^,.;]+)/i,
  /\bto attend\s+(?:the\s+)?([^,.;]+)/i,
];

export function extractVisit(s: Sentence): Extraction {
  const cue = CUE.exec(s.text);
  if (!cue) return NONE;
  const isVisit = /\bvisit/i.test(s.text);
  const to = VISIT_TO.exec(s.text);
  const toAt = to ? (to.index ?? 0) + to[0].length : -1;
  const toPlace = s.places.find((p) => p.start === toAt);
  const toCountry = s.countries.find((c) => c.start === toAt && c.kind === "name")?.code ?? toPlace?.place.country;
  if (s.people.length === 0 && !toCountry) return NONE;
  const visitors = s.people.filter((p) => p.start < (to?.index ?? cue.index));
  const demonymBeforeDelegation =
    /\b(?<!\p{L})([\p{Lu}][\p{L}]+)\s+(?:delegation|government delegation|parliamentary delegation)\b/u.exec(s.text);
  const delegationCountry = demonymBeforeDelegation
    ? s.countries.find((c) => c.start === demonymBeforeDelegation.index)?.code
    : undefined;
  // Direction only for visits: a meeting has participants, not a traveller.
  let fromCountry = isVisit ? (visitors.find((p) => p.country)?.country ?? delegationCountry) : undefined;
  if (!fromCountry && isVisit && inPair(s.pair, toCountry)) fromCountry = other(s.pair, toCountry);
  const occasion = OCCASION.map((re) => re.exec(s.text)?.[1]?.trim()).find(Boolean);
  const place = toPlace?.place.name ?? meetingPlace(s) ?? s.places[0]?.place.name;
  const type = isVisit ? "VISIT" : "MEETING";
  const validTime = timeOf(s.dates);
  const fact: Candidate = {
    kind: "VISIT",
    data: {
      type,
      people: s.people.map(asPerson),
      ...(fromCountry ? { fromCountry } : {}),
      ...(toCountry && isVisit ? { toCountry } : {}),
      ...(place ? { place } : {}),
      ...(occasion ? { occasion: occasion.slice(0, 500) } : {}),
    },
    validTime,
    anchor: sentenceSpan(s),
    issues: [],
    identity: `${type}-${yearOf(validTime) || "undated"}`.toLowerCase(),
  };
  return { candidates: [fact], issues: [] };
}

/** "… took place in Baku", "… held at the Canadian Parliament": a city, else the named venue. */
function meetingPlace(s: Sentence): string | undefined {
  const m = /\b(?:took place|was held|were held|held|met)\b[^.;,]{0,25}?\b(?:in|at)\s+(?=(?:the\s+)?\p{Lu})/u.exec(
    s.text,
  );
  if (!m) return undefined;
  const at = (m.index ?? 0) + m[0].length;
  const city = s.places.find((p) => p.start >= at && p.start <= at + 4);
  return city?.place.name ?? phraseAfter(s.text, at)?.text;
}
