import {
  type Candidate,
  type DataOf,
  type Extraction,
  type Issue,
  inBlock,
  inPair,
  other,
  type Sentence,
} from "./candidate";
import { type CountryMention, countryName } from "./countries-in-text";
import type { ValidTime } from "./dates";
import { followedBeforeFullStop, ownerLength } from "./scan";
import { splitClauses } from "./sentences";
import type { Span } from "./tokens";

// Resident missions: embassies, consulates, visa centres, and accreditations. A sentence is read
// clause by clause ("Canada does not maintain an embassy in X but handles accreditation through
// …, but does maintain …") because each clause states its own mission; a clause without a
// subject inherits the previous clause's ("… but does maintain a visa centre in Baku" → Canada).
//
// COUNTRY_NOT_IN_PAIR rule for missions: a mission clause whose host country — or, when the host
// is in the pair, whose named owner — is neither country of the article is flagged, unless the
// clause is an accreditation or representation ("handles accreditation through the embassy in
// Ankara", "the ambassador to Turkey is also accredited to Azerbaijan", "represents"): serving
// one country from a third is how non-resident accreditation works. A negated clause ("does not
// maintain an embassy in Armenia") is flagged the same way: it still names the host.

type MissionType = DataOf<"MISSION">["missionType"];

const NOUN =
  /\b(visa application cent(?:re|er)s?|visa cent(?:re|er)s?|honorary consul(?:ates?)?|consulates?(?:[- ]general)?|consuls?[- ]general|embass(?:y|ies)|high commissions?|ambassadors?|diplomatic missions?|permanent missions?|trade (?:office|mission)s?|representative offices?)\b/i;
const NOUNS = new RegExp(NOUN.source, "gi");
const NEGATED = /\b(?:does not|doesn't|do not|don't|did not|has no|have no|no longer|not)\b/i;
const ACCREDITATION =
  /\baccredit|\bthrough (?:its|the)\b|\bcovered (?:by|from)\b|\bnon-resident\b|\bresponsible for\b|\brepresents?\b|\bprotecting power\b|\binterests section\b/i;
const OPENED = /\b(?:opened|established|inaugurated|set up)\b|\bsince\b/i;
const CLOSED = /\b(?:closed|shut)\b/i;

function typeOf(noun: string): MissionType {
  const n = noun.toLowerCase();
  if (n.startsWith("visa")) return "VISA_CENTRE";
  if (n.startsWith("honorary")) return "HONORARY_CONSULATE";
  if (n.startsWith("consul")) return "CONSULATE";
  if (/embass|ambassador|high commission/.test(n)) return "EMBASSY";
  return "OTHER";
}

export function extractMissions(s: Sentence): Extraction {
  if (!NOUN.test(s.text)) return { candidates: [], issues: [] };
  const candidates: Candidate[] = [];
  const loose: Issue[] = [];
  let subject: CountryMention | undefined;
  let negatedHost: string | undefined;
  for (const clause of splitClauses(s.text)) {
    const text = s.text.slice(clause.start, clause.end);
    const countries = s.countries.filter((c) => c.start >= clause.start && c.end <= clause.end);
    const nouns = [...text.matchAll(NOUNS)].map((m) => ({
      noun: m[0],
      start: clause.start + (m.index ?? 0),
      end: clause.start + (m.index ?? 0) + m[0].length,
    }));
    const clauseSubject = countries.find((c) => c.kind === "name" && (!nouns[0] || c.end <= nouns[0].start));
    if (clauseSubject && !/\b(?:in|at|to|from)\s+(?:the\s+)?$/i.test(s.text.slice(clause.start, clauseSubject.start)))
      subject = clauseSubject;
    const accreditation = ACCREDITATION.test(text) || followedBeforeFullStop(text, /\bhandles?\b/i, /\bthrough\b/i);
    nouns.forEach((noun, n) => {
      if (/ambassador/i.test(noun.noun) && !accreditation && !/\bresident\b/i.test(text)) return;
      const segment = { start: noun.start, end: nouns[n + 1]?.start ?? clause.end };
      const type = typeOf(noun.noun);
      const owner = ownerOf(s, noun, countries) ?? subject?.code;
      const negated = NEGATED.test(s.text.slice(clause.start, noun.start));
      for (const host of hostsOf(s, noun, segment)) {
        const ownerMention = countries.find((c) => c.code === owner && c.start < noun.start);
        const outsider = !accreditation
          ? !inPair(s.pair, host.code)
            ? { code: host.code, span: host.mention, as: "host" }
            : owner && !inPair(s.pair, owner) && ownerMention
              ? { code: owner, span: ownerMention, as: "owner" }
              : undefined
          : undefined;
        const issue: Issue | undefined = outsider && {
          rule: "COUNTRY_NOT_IN_PAIR",
          message: `${countryName(outsider.code)} is named as the ${outsider.as} of a ${noun.noun.toLowerCase()}${negated ? " (said not to exist)" : ""}, but it is neither ${countryName(s.pair[0])} nor ${countryName(s.pair[1])}, and the clause is no accreditation`,
          span: inBlock(s, outsider.span),
        };
        if (negated) {
          negatedHost = host.code;
          if (issue) loose.push(issue);
          continue;
        }
        const resolvedOwner = owner ?? other(s.pair, host.code);
        if (!resolvedOwner) continue;
        const accreditedTo =
          accreditedToOf(s, clause, countries) ??
          (accreditation
            ? inPair(s.pair, negatedHost) && negatedHost !== resolvedOwner
              ? negatedHost
              : other(s.pair, resolvedOwner)
            : undefined);
        // One embassy per country; consulates and centres are told apart by city.
        const identity =
          `${resolvedOwner}-${host.code}-${type}${type !== "EMBASSY" && host.city ? `-${host.city}` : ""}`.toLowerCase();
        candidates.push({
          kind: "MISSION",
          data: {
            owner: resolvedOwner,
            missionType: type,
            hostCountry: host.code,
            ...(host.city ? { city: host.city } : {}),
            ...(accreditedTo && accreditedTo !== host.code ? { accreditedTo } : {}),
          },
          validTime: timeOfClause(s, clause, text),
          anchor: inBlock(s, clause),
          issues: issue ? [issue] : [],
          identity,
        });
      }
    });
  }
  return { candidates, issues: loose };
}

/** "… is also accredited to Azerbaijan". */
function accreditedToOf(s: Sentence, clause: Span, countries: CountryMention[]): string | undefined {
  const explicit = /\baccredited\s+(?:also\s+)?to\s+(?:the\s+)?$/i;
  return countries.find((c) => explicit.test(s.text.slice(Math.max(clause.start, c.start - 30), c.start)))?.code;
}

/** "the Canadian embassy", "Canada's embassy", "VFS Global Canada Visa Application Centre", "embassy of Canada". */
function ownerOf(s: Sentence, noun: Span, countries: CountryMention[]): string | undefined {
  const before = [...countries]
    .reverse()
    .find(
      (c) =>
        c.end <= noun.start &&
        /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(s.text.slice(c.end, noun.start)) &&
        !/\b(?:does|do|did|has|have|not|maintains?|opened|in|to)\b/i.test(s.text.slice(c.end, noun.start)),
    );
  if (before) return before.code;
  const of = /^\s+of\s+(?:the\s+)?/i.exec(s.text.slice(noun.end));
  return of ? countries.find((c) => c.start === noun.end + of[0].length)?.code : undefined;
}

interface Host {
  code: string;
  city?: string;
  mention: Span;
}

/**
 * Where the mission is: "in Baku", "in Anakara, Turkey" (the named country wins over the city's),
 * "to Turkey" (an ambassador to), and every further city of a list ("consulates in Lyon,
 * Marseille and in Strasbourg").
 */
function hostsOf(s: Sentence, noun: Span, segment: Span): Host[] {
  const tail = s.text.slice(noun.end, segment.end);
  const ofOwner = ownerLength(tail);
  const prep = /^\s+(in|at|to)\s+(?:the\s+)?/i.exec(tail.slice(ofOwner));
  const inSegment = (p: Span) => p.start >= noun.end && p.end <= segment.end;
  const first = prep ? hostAt(s, noun.end + ofOwner + prep[0].length) : undefined;
  const hosts: Host[] = [];
  if (first) hosts.push(first);
  else {
    const place = s.places.find(inSegment);
    if (place) hosts.push({ code: place.place.country, city: place.place.name, mention: place });
  }
  for (let last = hosts[0]; last?.city; ) {
    const gap = /^\s*(?:,\s*(?:and\s+)?|(?<=\s)and\s+)(?:in\s+)?/i.exec(s.text.slice(last.mention.end, segment.end));
    const next = gap ? hostAt(s, last.mention.end + gap[0].length) : undefined;
    if (!next?.city) break;
    hosts.push(next);
    last = next;
  }
  return hosts;
}

function hostAt(s: Sentence, at: number): Host | undefined {
  const place = s.places.find((p) => p.start === at);
  if (place) {
    const named = s.countries.find(
      (c) => c.kind === "name" && c.start > place.end && /^\s*,\s*$/.test(s.text.slice(place.end, c.start)),
    );
    return { code: named?.code ?? place.place.country, city: place.place.name, mention: named ?? place };
  }
  const country = s.countries.find((c) => c.start === at);
  return country ? { code: country.code, mention: country } : undefined;
}

function timeOfClause(s: Sentence, clause: Span, text: string): ValidTime {
  const date = s.dates.find((d) => d.start >= clause.start && d.end <= clause.end);
  if (!date) return { start: null, end: null };
  if (CLOSED.test(text)) return { start: null, end: date.time.end ?? date.time.start };
  if (OPENED.test(text)) return { start: date.time.start, end: null };
  return { ...date.time };
}
