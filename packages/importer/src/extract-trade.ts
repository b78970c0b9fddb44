import type { AmountMention } from "./amounts";
import {
  type Candidate,
  type Extraction,
  type Issue,
  inBlock,
  inPair,
  NONE,
  other,
  type Sentence,
  sentenceSpan,
} from "./candidate";
import { type CountryMention, countryName } from "./countries-in-text";
import type { DateMention, ValidTime } from "./dates";
import { outsidePair } from "./extract-diplomacy";
import { capitalisedRunAt } from "./phrases";
import { bare, type Span, tokenize } from "./tokens";
import { ORG_HEADS } from "./vocabulary";

// Trade figures: every money amount tied to a flow word (imports, exports, turnover) becomes a
// TRADE_FIGURE. Who reports and who is the partner come from the flow phrase: an owner before it
// ("Canada's import", "Canadian imports") and a preposition after it ("from Azerbaijan").

type Flow = "IMPORTS" | "EXPORTS" | "TURNOVER";
interface FlowPhrase extends Span {
  flow: Flow;
  owner?: CountryMention;
  preposition?: string;
  target?: CountryMention;
  between: CountryMention[];
}

const FLOW_WORD =
  /\b(imports?|exports?|(?:commodity\s+|trade\s+|foreign\s+trade\s+)?turnover|trade\s+volume|volume\s+of\s+(?:bilateral\s+)?trade|bilateral\s+trade|trade)\b/gi;
const OWNER_GAP =
  /^(?:['’]s)?(?:\s+(?:total|merchandise|overall|annual|commodity|non-oil|oil|goods|bilateral|foreign))*\s+$/i;

export function extractTrade(s: Sentence): Extraction {
  if (s.text.search(FLOW_WORD) < 0) return NONE;
  const flows = flowPhrases(s);
  if (flows.length === 0) return NONE;
  // Without a figure there is no TRADE_FIGURE, but a flow said the wrong way round ("Chile
  // imports copper to Peru") is still wrong, and the sentence's fact carries the flag.
  if (s.amounts.length === 0)
    return {
      candidates: [],
      issues: flows.flatMap((f) =>
        direction(s, f, undefined).issues.filter((i) => i.rule === "CONTRADICTORY_DIRECTION"),
      ),
    };
  const reportedBy = reportingBody(s);
  const bound = bindDates(s);
  const candidates: Candidate[] = [];
  for (const amount of s.amounts) {
    const phrase =
      [...flows].reverse().find((f) => f.end <= amount.start) ?? flows.find((f) => f.start - amount.end < 40);
    if (!phrase) continue;
    const { reporter, partner, issues } = direction(s, phrase, reportedBy?.country);
    if (!reporter || !partner) continue;
    if (amount.malformed) {
      issues.push({
        rule: "MALFORMED_AMOUNT",
        message: `The amount "${amount.asReported}" cannot be read as a number (${amount.malformed}); its value is left empty`,
        span: inBlock(s, amount),
      });
    }
    const validTime: ValidTime = bound.get(amount) ?? { start: null, end: null };
    candidates.push({
      kind: "TRADE_FIGURE",
      data: {
        reporter,
        partner,
        flow: phrase.flow,
        amount: { value: amount.value, currency: amount.currency, unit: amount.unit, asReported: amount.asReported },
        ...(reportedBy ? { reportedBy: reportedBy.name } : {}),
      },
      validTime,
      anchor: sentenceSpan(s),
      issues,
      identity: `${phrase.flow}-${reporter}-${partner}-${validTime.start ?? validTime.end ?? "undated"}`.toLowerCase(),
    });
  }
  return { candidates, issues: [] };
}

function flowPhrases(s: Sentence): FlowPhrase[] {
  const phrases: FlowPhrase[] = [];
  for (const m of s.text.matchAll(FLOW_WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const word = (m[1] ?? "").toLowerCase();
    const flow: Flow = word.startsWith("import") ? "IMPORTS" : word.startsWith("export") ? "EXPORTS" : "TURNOVER";
    const owner = [...s.countries].reverse().find((c) => c.end <= start && OWNER_GAP.test(s.text.slice(c.end, start)));
    // "imports to", "imports of goods from", "exports copper and fish to": at most two lower-case words between.
    const prep = /^\s+(?:of\s+)?(?:(?:\p{Ll}[\p{Ll}-]*|and)\s+){0,3}?(from|to|into|with)\s+(?:the\s+)?/u.exec(
      s.text.slice(end),
    );
    const target = prep ? s.countries.find((c) => c.start === end + prep[0].length) : undefined;
    const betweenAt = /^\s+between\s+/i.exec(s.text.slice(end));
    const between = betweenAt
      ? s.countries.filter((c) => c.start >= end && c.start < end + betweenAt[0].length + 60).slice(0, 2)
      : [];
    phrases.push({
      start: owner?.start ?? start,
      end: target?.end ?? end,
      flow,
      owner,
      preposition: prep?.[1]?.toLowerCase(),
      target,
      between,
    });
  }
  return phrases;
}

/**
 * Reporter and partner of a flow. Imports come *from* a partner and exports go *to* one, so an
 * owned flow pointing the other way ("Canadian imports to Azerbaijan") contradicts itself: the
 * owner and the flow word are kept (reporter Canada, imports, partner Azerbaijan) and flagged.
 */
function direction(s: Sentence, f: FlowPhrase, bodyCountry: string | undefined) {
  const issues: Issue[] = [];
  let reporter = f.owner?.code;
  let partner: string | undefined;
  if (f.flow === "TURNOVER") {
    const [a, b] = f.between.length === 2 ? f.between.map((c) => c.code) : [f.owner?.code, f.target?.code];
    reporter = bodyCountry && (bodyCountry === a || bodyCountry === b) ? bodyCountry : (a ?? bodyCountry);
    partner = reporter === a ? b : a;
  } else if (f.target && f.preposition) {
    const inbound = f.preposition === "from";
    const againstFlow = f.flow === "IMPORTS" ? !inbound && f.preposition !== "with" : inbound;
    if (f.owner && againstFlow && f.owner.code !== f.target.code) {
      issues.push({
        rule: "CONTRADICTORY_DIRECTION",
        message: `"${s.text.slice(f.start, f.end)}": ${f.flow === "IMPORTS" ? "imports come from a partner, not to it" : "exports go to a partner, not from it"}; read as ${countryName(f.owner.code)}'s ${f.flow.toLowerCase()} with ${countryName(f.target.code)}`,
        span: inBlock(s, f),
      });
      partner = f.target.code;
    } else if (f.owner) partner = f.target.code;
    else if (againstFlow)
      reporter = f.target.code; // "imports to Azerbaijan" are Azerbaijan's imports
    else partner = f.target.code;
  }
  reporter ??= other(s.pair, partner) ?? (partner ? undefined : s.pair[0]);
  partner ??= other(s.pair, reporter);
  const parties = [f.owner, f.target, ...f.between].filter((c): c is CountryMention => !!c);
  issues.push(
    ...outsidePair(
      s,
      parties.filter((c) => !inPair(s.pair, c.code)),
    ),
  );
  return { reporter, partner: partner === reporter ? undefined : partner, issues };
}

/**
 * The date of each amount: a date right after it ("$1.2 billion in 2009", "$31.0 million the
 * previous year") is its own; otherwise the nearest earlier date not taken by another amount
 * ("In 2010, … were $542 million").
 */
function bindDates(s: Sentence): Map<AmountMention, ValidTime> {
  const own = new Map<AmountMention, DateMention>();
  for (const a of s.amounts) {
    const d = s.dates.find(
      (d) =>
        d.start >= a.end &&
        /^[\s,]*(?:(?:in|during|for|over|of|at)\s+(?:the\s+(?:year\s+)?)?)?$/i.test(s.text.slice(a.end, d.start)),
    );
    if (d) own.set(a, d);
  }
  const taken = new Set(own.values());
  const result = new Map<AmountMention, ValidTime>();
  for (const a of s.amounts) {
    const d =
      own.get(a) ??
      [...s.dates].reverse().find((d) => d.end <= a.start && !taken.has(d)) ??
      s.dates.find((d) => !taken.has(d));
    if (d) result.set(a, { ...d.time });
  }
  return result;
}

/** "According to the State Customs Committee of the Republic of Azerbaijan …": the body and its country. */
function reportingBody(s: Sentence): { name: string; country?: string } | undefined {
  const lead =
    /\b(?:according to|data (?:of|from)|statistics (?:of|from)|figures (?:of|from)|reported by)\s+(?:the\s+)?/i.exec(
      s.text,
    );
  if (!lead) return undefined;
  const tokens = tokenize(s.text);
  const i = tokens.findIndex((t) => t.start === (lead.index ?? 0) + lead[0].length);
  const run = i >= 0 ? capitalisedRunAt(s.text, tokens, i) : undefined;
  if (!run) return undefined;
  // The name ends at its last organisation word or country ("…Committee of the Republic of Azerbaijan"),
  // not at a capitalised word that starts the next phrase ("… Azerbaijan Commodity turnover").
  let end = run.phrase.start;
  for (let k = i; k <= run.last; k++) {
    const t = tokens[k];
    if (!t) continue;
    const country = s.countries.find((c) => t.start >= c.start && t.start < c.end);
    if (country) end = Math.max(end, country.end);
    else if (ORG_HEADS.has(bare(t.text).toLowerCase()) || /^[A-Z]{2,}$/.test(t.text)) end = t.end;
  }
  const name = s.text.slice(run.phrase.start, end).trim();
  if (!name) return undefined;
  const country = s.countries.find((c) => c.start >= run.phrase.start && c.end <= end)?.code;
  return { name: name.slice(0, 300), ...(country ? { country } : {}) };
}
