import {
  type Candidate,
  type Extraction,
  type Issue,
  inBlock,
  inPair,
  NONE,
  type Sentence,
  sentenceSpan,
} from "./candidate";
import { type CountryMention, countryName } from "./countries-in-text";
import { timeOf } from "./dates";

// Recognition of independence, a country's own act of independence, and diplomatic relations
// (established, suspended, severed, restored).

const RECOGNIZE = /\brecogni[sz](?:ed|es|e|ing)\b/i;
/** A country's own act: it declares (or its parliament adopts an act on) its independence. */
const SELF_ACT =
  /\b(?:declared|proclaimed|restored|gained|regained)\s+(?:its\s+|their\s+)?(?:state\s+)?independence\b|\bindependence\s+was\s+(?:declared|proclaimed)\b|\b(?:constitutional\s+)?act\s+(?:on|of)\s+(?:the\s+)?(?:state\s+)?independence\b|\bdeclaration\s+of\s+independence\b/i;

export function extractRecognition(s: Sentence): Extraction {
  const verb = RECOGNIZE.exec(s.text) ?? SELF_ACT.exec(s.text);
  if (!verb) return NONE;
  const verbAt = verb.index;
  const before = s.countries.filter((c) => c.end <= verbAt);
  const recognizer = before[before.length - 1];
  const selfAct = SELF_ACT.test(s.text);
  const recognized = recognizedAfter(s, verbAt + verb[0].length) ?? (selfAct ? recognizer : undefined);
  // Without a recognising state (e.g. a former one no longer in the country list) there is no typed fact.
  if (!recognized || (!recognizer && !selfAct)) return NONE;
  const validTime = timeOf(s.dates);
  const anchor = sentenceSpan(s);
  // A country (or its parliament) recognising its own independence is an act of independence,
  // not a recognition by another state: a GENERAL fact with its topic (typed enough to need no flag).
  if (!recognizer || recognizer.code === recognized.code || selfAct) {
    const fact: Candidate = {
      kind: "GENERAL",
      data: { topic: `independence of ${countryName(recognized.code)}` },
      validTime,
      anchor,
      issues: outsidePair(s, [recognized]),
      identity: `independence-${recognized.code.toLowerCase()}`,
    };
    return { candidates: [fact], issues: [] };
  }
  const subject = /\bsovereignty\b/i.test(s.text) ? "sovereignty" : "independence";
  const fact: Candidate = {
    kind: "RECOGNITION",
    data: { recognizer: recognizer.code, recognized: recognized.code, subject },
    validTime,
    anchor,
    issues: outsidePair(s, [recognizer, recognized]),
    identity: `${recognizer.code}-${recognized.code}`.toLowerCase(),
  };
  return { candidates: [fact], issues: [] };
}

/** "…the independence of Azerbaijan", "…Azerbaijan's independence", "recognized Azerbaijan". */
function recognizedAfter(s: Sentence, from: number): CountryMention | undefined {
  const tail = s.text.slice(from);
  const of = /^\s+(?:the\s+)?(?:state\s+)?(?:independence|sovereignty)\s+of\s+/i.exec(tail);
  // "recognised reunified Germany": a participle before the name is no part of it.
  const at = of ? from + of[0].length : from + (/^\s+(?:the\s+)?(?:\p{Ll}+ed\s+)?/u.exec(tail)?.[0].length ?? 0);
  return s.countries.find((c) => c.start === at);
}

type RelationsEvent = "RESTORED" | "SEVERED" | "SUSPENDED" | "ESTABLISHED";
const EVENTS: [RegExp, RelationsEvent][] = [
  [/\b(?:re-?established|restored|resumed|renewed|normali[sz]ed)\b/gi, "RESTORED"],
  [/\b(?:severed|broke off|broken off|cut off|ruptured)\b/gi, "SEVERED"],
  [/\b(?:suspended|frozen|froze|downgraded)\b/gi, "SUSPENDED"],
  [/\b(?:established|establish|establishing|set up|opened|began|launched|started)\b/gi, "ESTABLISHED"],
];

// Under a relations article, "relations were restored in 2010" and "suspended relations" are the
// diplomatic relations even without the word; "trade relations grew" is not (no event verb next to it).
const BARE_VERB =
  "re-?established|restored|resumed|renewed|normali[sz]ed|severed|broken off|cut off|suspended|frozen|downgraded";
const BARE_RELATIONS_EVENT = new RegExp(
  String.raw`(?:^|[,;]\s+|\b(?:and|but|the|their|bilateral)\s+)(?:relations|ties)\s+(?:were|was|had been|have been|has been)\s+(?:${BARE_VERB})\b|\b(?:${BARE_VERB}|broke off|froze)\s+(?:its\s+|their\s+|all\s+|bilateral\s+)?(?:relations|ties)\b`,
  "i",
);

/**
 * One fact per event the sentence tells ("were severed in 1914 and restored in 1917" is two),
 * each dated by the first date after its verb, else by the sentence's date.
 */
export function extractDiplomaticRelations(s: Sentence): Extraction {
  if (!/\bdiplomatic\s+(?:relations|ties)\b/i.test(s.text) && !BARE_RELATIONS_EVENT.test(s.text)) return NONE;
  const found: { at: number; end: number; event: RelationsEvent }[] = [];
  for (const [re, event] of EVENTS) {
    for (const m of s.text.matchAll(re)) {
      const at = m.index ?? 0;
      if (!found.some((f) => at < f.end && f.at < at + m[0].length)) found.push({ at, end: at + m[0].length, event });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const issues = outsidePair(s, relationParties(s, found[0]?.at ?? s.text.length));
  const candidates = found.map((f, i): Candidate => {
    const next = found[i + 1]?.at ?? s.text.length;
    const own = s.dates.filter((d) => d.start >= f.end && d.start < next);
    return {
      kind: "DIPLOMATIC_RELATIONS",
      data: { event: f.event },
      validTime: timeOf(own.length ? own : found.length === 1 ? s.dates : []),
      anchor: sentenceSpan(s),
      issues: i === 0 ? issues : [],
      identity: f.event.toLowerCase(),
    };
  });
  return { candidates, issues: [] };
}

/**
 * The countries a relations sentence makes parties: those listed after "between"/"with", and the
 * subject named before the verb ("Canada and Azerbaijan established …"). A country named in
 * passing ("Like Turkey, Canada established …") is no party and is not flagged.
 */
function relationParties(s: Sentence, verbAt: number): CountryMention[] {
  const names = s.countries.filter((c) => c.kind === "name");
  const parties = new Set<CountryMention>();
  for (const m of s.text.matchAll(/\b(?:between|with)\s+(?:the\s+)?/gi)) {
    const from = (m.index ?? 0) + m[0].length;
    const list = s.text.slice(from).split(/[,;.]|\s(?:on|in|at|were|was|since|from|after|before)\s/)[0] ?? "";
    for (const c of names) if (c.start >= from && c.end <= from + list.length) parties.add(c);
  }
  const lead = s.text.slice(0, verbAt);
  for (const c of names) if (c.end <= verbAt && !/[,;]/.test(lead.slice(c.end))) parties.add(c);
  return [...parties].sort((a, b) => a.start - b.start);
}

/** COUNTRY_NOT_IN_PAIR for each party of a bilateral fact that is neither country of the article. */
export function outsidePair(s: Sentence, parties: CountryMention[]): Issue[] {
  return parties
    .filter((c) => !inPair(s.pair, c.code))
    .map((c) => ({
      rule: "COUNTRY_NOT_IN_PAIR" as const,
      message: `${countryName(c.code)} is named as a party, but the article is about ${countryName(s.pair[0])} and ${countryName(s.pair[1])}`,
      span: inBlock(s, c),
    }));
}
