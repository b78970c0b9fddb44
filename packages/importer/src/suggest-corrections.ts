import { WORLD_COUNTRIES } from "@dyad/core/countries/world";
import type { TSuggestion } from "@dyad/core/schemas/suggestion";
import { titleWords } from "./anomaly-rules";
import { countryName, findCountryMentions } from "./countries-in-text";
import { suggestPlace } from "./gazetteer";
import type { Anomaly, ArticleAnalysis, ProposedFact } from "./types";

// One concrete correction (or a few readings to choose from) for an anomaly on a proposed fact,
// derived after analysis so that the rules that find anomalies stay apart from the fixes. Pure:
// the flag stores the result (schemas/suggestion.ts) and flags/apply-suggestion.ts applies it.

type Facts = Pick<ArticleAnalysis, "countryCodes" | "facts">;
type Data = Record<string, unknown>;

export function suggestCorrections(anomaly: Anomaly, fact: ProposedFact, analysis: Facts): TSuggestion[] {
  const statement = fact.content.statement;
  const data = fact.content.data as Data;
  switch (anomaly.rule) {
    case "MISSPELLED_PLACE":
      return spelling(anomaly.excerpt, statement, data);
    case "COUNTRY_NOT_IN_PAIR":
      return pairCountry(anomaly.excerpt, statement, data, analysis.countryCodes);
    case "DUPLICATE_AGREEMENT":
      return merge(anomaly.excerpt, fact, analysis.facts);
    case "MALFORMED_AMOUNT":
      return amountReadings(anomaly.excerpt, statement, data);
    case "CONTRADICTORY_DIRECTION":
      return direction(anomaly.excerpt, statement, fact.content.kind);
    default:
      return [];
  }
}

/** Top-level fields of `data` that hold `from` (or arrays holding it), with `from` replaced by `to`. */
function fieldsHolding(data: Data, from: string, to: string): Data | undefined {
  const patch: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === from) patch[key] = to;
    if (Array.isArray(value) && value.includes(from)) patch[key] = value.map((v) => (v === from ? to : v));
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

const textEdit = (statement: string, find: string, replacement: string) =>
  statement.includes(find) ? { replace: { find, with: replacement } } : {};

function spelling(word: string, statement: string, data: Data): TSuggestion[] {
  const hint = typeof data.hostCountry === "string" ? data.hostCountry : undefined;
  const found = suggestPlace(word, hint);
  if (!found) return [];
  const name = found.place.name;
  const fields = fieldsHolding(data, word, name);
  const edit = textEdit(statement, word, name);
  if (!fields && !edit.replace) return [];
  return [{ kind: "SPELLING", label: `${word} → ${name}`, ...edit, ...(fields ? { data: fields } : {}) }];
}

function pairCountry(excerpt: string, statement: string, data: Data, pair: [string, string]): TSuggestion[] {
  const third = findCountryMentions(excerpt)[0];
  if (!third || pair.includes(third.code)) return [];
  const at = statement.indexOf(excerpt);
  if (at < 0) return [];
  // The pair country named before the clause is its subject ("Canada does not maintain an
  // embassy in Armenia"): the clause means the other one. Unknown subject: offer both.
  const before = findCountryMentions(statement.slice(0, at)).map((m) => m.code);
  const subjects = pair.filter((c) => before.includes(c));
  const readings = subjects.length === 1 ? pair.filter((c) => c !== subjects[0]) : pair;
  return readings.map((code) => {
    const country = WORLD_COUNTRIES.find((c) => c.code === code);
    const word = third.kind === "demonym" ? (country?.demonyms[0] ?? countryName(code)) : countryName(code);
    const find = excerpt.slice(third.start, third.end);
    const fields = fieldsHolding(data, third.code, code);
    return {
      kind: "PAIR_COUNTRY" as const,
      label: `${find} → ${word}`,
      replace: { find: excerpt, with: excerpt.slice(0, third.start) + word + excerpt.slice(third.end) },
      ...(fields ? { data: fields } : {}),
    };
  });
}

function merge(title: string, fact: ProposedFact, facts: ProposedFact[]): TSuggestion[] {
  const words = titleWords(title);
  let best: { fact: ProposedFact; title: string; shared: number } | undefined;
  for (const other of facts) {
    if (other.importKey === fact.importKey || other.content.kind !== "AGREEMENT") continue;
    const otherTitle = String((other.content.data as Data).title ?? "");
    const shared = [...titleWords(otherTitle)].filter((w) => words.has(w)).length;
    if (shared >= 2 && (!best || shared > best.shared)) best = { fact: other, title: otherTitle, shared };
  }
  if (!best) return [];
  return [
    {
      kind: "MERGE_DUPLICATE",
      label: `Merge into “${best.title}”, keeping both citations`,
      mergeInto: best.fact.importKey,
    },
  ];
}

const SCALE: Record<string, number> = { ONE: 1, THOUSAND: 1e3, MILLION: 1e6, BILLION: 1e9 };
const round = (n: number) => Math.round(n * 1e9) / 1e9;

/**
 * "1.168.295 billion": each point in turn read as the decimal point, the others as grouping.
 * A figure given with a scale word is rarely 10,000 or more of that scale, so those go.
 */
function amountReadings(excerpt: string, statement: string, data: Data): TSuggestion[] {
  const amount = data.amount as
    | { value: number | null; currency: string; unit: string; asReported: string }
    | undefined;
  const raw = /\d+(?:[.,]\d+){2,}/.exec(amount?.asReported ?? "")?.[0];
  if (!amount || !raw) return [];
  const groups = raw.split(/[.,]/);
  const scaled = amount.unit !== "ONE";
  const readings: { value: number; text: string }[] = [];
  for (let point = 1; point <= groups.length; point++) {
    const whole = groups.slice(0, point).join("");
    const fraction = groups.slice(point).join("");
    const value = round(Number(fraction ? `${whole}.${fraction}` : whole));
    if (scaled && value >= 10_000) continue;
    const text = Number(whole).toLocaleString("en-US") + (fraction ? `.${fraction}` : "");
    readings.push({ value, text });
  }
  return readings.map(({ value, text }) => {
    const asReported = amount.asReported.replace(raw, text);
    const total = round(value * (SCALE[amount.unit] ?? 1)).toLocaleString("en-US", { maximumFractionDigits: 3 });
    return {
      kind: "AMOUNT_READING" as const,
      label: `${asReported} (${total} ${amount.currency})`,
      ...textEdit(statement, excerpt, excerpt.replace(raw, text)),
      data: { amount: { ...amount, value, asReported } },
    };
  });
}

/** "imports to X" → "imports from X" (or "exports to X"); "exports from X" the other way. */
function direction(excerpt: string, statement: string, kind: string): TSuggestion[] {
  const m = /\b(import|export)(s?)\s+(to|from)\b/i.exec(excerpt);
  if (!m || !statement.includes(excerpt)) return [];
  const [said, verb = "", plural = "", preposition = ""] = m;
  const isImport = verb.toLowerCase() === "import";
  if (isImport !== (preposition.toLowerCase() === "to")) return [];
  const opposite = isImport ? "export" : "import";
  const swapped = /^[A-Z]/.test(verb) ? `${opposite[0]?.toUpperCase()}${opposite.slice(1)}` : opposite;
  const readings = [
    { phrase: `${verb}${plural} ${isImport ? "from" : "to"}`, flow: isImport ? "IMPORTS" : "EXPORTS" },
    { phrase: `${swapped}${plural} ${preposition}`, flow: isImport ? "EXPORTS" : "IMPORTS" },
  ];
  return readings.map(({ phrase, flow }) => {
    const corrected = excerpt.replace(said, phrase);
    return {
      kind: "DIRECTION" as const,
      label: `${corrected} (${flow.toLowerCase()})`,
      replace: { find: excerpt, with: corrected },
      ...(kind === "TRADE_FIGURE" ? { data: { flow } } : {}),
    };
  });
}
