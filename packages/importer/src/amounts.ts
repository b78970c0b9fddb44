import type { Span } from "./tokens";

// Money amounts: "$19.713 million", "$1.2 billion", "€3.5bn", "EUR 120 thousand", "163 billion
// euros", "$2.47 million $" (a repeated currency sign is tolerated). A figure whose number cannot
// be read unambiguously ("$1.168.295 billion": two decimal points) keeps value null and says why.
// A bare "$" is taken as US dollars: articles of this form quote figures in USD unless they say
// "C$", "CA$" or "Canadian dollars".

export type Unit = "ONE" | "THOUSAND" | "MILLION" | "BILLION";

export interface AmountMention extends Span {
  asReported: string;
  value: number | null;
  unit: Unit;
  currency: string;
  /** Why the number could not be read (then value is null). */
  malformed?: string;
}

const SYMBOLS: Record<string, string> = {
  US$: "USD",
  "U.S.$": "USD",
  C$: "CAD",
  CA$: "CAD",
  A$: "AUD",
  AU$: "AUD",
  NZ$: "NZD",
  HK$: "HKD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₽": "RUB",
  "₺": "TRY",
  "₹": "INR",
  "₼": "AZN",
  "₩": "KRW",
  "₴": "UAH",
  "₾": "GEL",
  "₸": "KZT",
  KM: "BAM",
  $: "USD",
};
const CODES =
  "USD EUR GBP JPY CNY RUB TRY INR AZN CHF SEK NOK DKK PLN CZK HUF KRW BRL MXN ZAR SAR AED KZT UAH GEL BAM RSD CAD AUD NZD HKD SGD ILS EGP IRR UZS TMT KGS TJS BYN MDL RON BGN HRK ISK QAR KWD";
const WORDS: [RegExp, string][] = [
  [/^(?:canadian dollars?)$/i, "CAD"],
  [/^(?:australian dollars?)$/i, "AUD"],
  [/^(?:new zealand dollars?)$/i, "NZD"],
  [/^(?:hong kong dollars?)$/i, "HKD"],
  [/^(?:(?:us |u\.s\. |american )?dollars?)$/i, "USD"],
  [/^euros?$/i, "EUR"],
  [/^(?:pounds?(?: sterling)?|sterling)$/i, "GBP"],
  [/^(?:azerbaijani )?manats?$/i, "AZN"],
  [/^(?:russian )?r[o]?ubles?$/i, "RUB"],
  [/^yen$/i, "JPY"],
  [/^(?:yuan|renminbi)$/i, "CNY"],
  [/^(?:turkish )?liras?$/i, "TRY"],
  [/^swiss francs?$/i, "CHF"],
  [/^(?:indian )?rupees?$/i, "INR"],
  [/^convertible marks?$/i, "BAM"],
  [/^serbian dinars?$/i, "RSD"],
  [/^(?:georgian )?laris?$/i, "GEL"],
  [/^(?:kazakh(?:stani)? )?tenge$/i, "KZT"],
  [/^hryvnias?$/i, "UAH"],
  [/^(?:swedish )?kronor$/i, "SEK"],
  [/^(?:polish )?zlot(?:y|ys|ych)$/i, "PLN"],
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SYMBOL_RE = Object.keys(SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join("|");
const CODE_RE = CODES.split(" ").join("|");
const PREFIX = `(?<cur>${SYMBOL_RE}|\\b(?:${CODE_RE})\\b)`;
// A figure is at most 32 characters ("1,234,567,890,123.45" is 20): the bound keeps the search
// linear, as the expression is tried from every digit of a long run of digits, dots and commas.
const NUMBER = "(?<num>\\d(?:[\\d.,]{0,30}\\d)?)";
const SCALE = "(?:\\s*(?<scale>thousand|million|billion|trillion|mln|mn|bln|bn)\\b|(?<short>[kKmMbB]n?)\\b)?";
const REPEAT = `(?:\\s*(?<again>${SYMBOL_RE}|\\b(?:${CODE_RE})\\b)(?!\\s?\\d))?`;
const WORD_CURRENCY =
  "(?<word>(?:US |U\\.S\\. |American |Canadian |Australian |New Zealand |Hong Kong |Swiss |Azerbaijani |Russian |Turkish |Indian |Serbian |Georgian |Kazakh |Swedish |Polish |convertible )?(?:dollars?|euros?|pounds?(?: sterling)?|manats?|r[o]?ubles?|yen|yuan|renminbi|liras?|francs?|rupees?|marks?|dinars?|laris?|tenge|hryvnias?|kronor|zloty)|\\b(?:" +
  `${CODE_RE})\\b)`;

const PREFIXED = new RegExp(`${PREFIX}\\s?${NUMBER}${SCALE}${REPEAT}`, "g");
const SUFFIXED = new RegExp(`\\b${NUMBER}${SCALE}\\s+${WORD_CURRENCY}`, "g");

const SCALES: Record<string, [Unit, number]> = {
  thousand: ["THOUSAND", 1],
  k: ["THOUSAND", 1],
  million: ["MILLION", 1],
  mln: ["MILLION", 1],
  mn: ["MILLION", 1],
  m: ["MILLION", 1],
  billion: ["BILLION", 1],
  bln: ["BILLION", 1],
  bn: ["BILLION", 1],
  b: ["BILLION", 1],
  trillion: ["BILLION", 1000],
};

export function findAmounts(text: string): AmountMention[] {
  const found: AmountMention[] = [];
  if (!/\d/.test(text)) return found;
  for (const pattern of [PREFIXED, SUFFIXED]) {
    // One pattern's matches never overlap each other: only the earlier pattern's are checked, by
    // binary search (a linear search made a line of ten thousand "$1" quadratic).
    const earlier = [...found];
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const span = { start, end: start + m[0].length };
      if (overlapsAny(earlier, span)) continue;
      const groups = m.groups ?? {};
      const currency = currencyOf(groups.cur ?? groups.word ?? "");
      if (!currency) continue;
      const scale = (groups.scale ?? groups.short ?? "").toLowerCase();
      const [unit, factor] = SCALES[scale] ?? ["ONE", 1];
      const parsed = parseNumber(groups.num ?? "", unit !== "ONE");
      const value = parsed.value === null ? null : round(parsed.value * factor);
      found.push({
        ...span,
        asReported: m[0],
        value,
        unit,
        currency,
        ...(parsed.malformed ? { malformed: parsed.malformed } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether `span` overlaps one of `sorted` (spans in order that do not overlap each other). */
function overlapsAny(sorted: Span[], span: Span): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as Span).end <= span.start) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && (sorted[low] as Span).start < span.end;
}

function currencyOf(raw: string): string | undefined {
  if (SYMBOLS[raw]) return SYMBOLS[raw];
  if (/^[A-Z]{3}$/.test(raw)) return raw;
  return WORDS.find(([re]) => re.test(raw))?.[1];
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

/**
 * Reads "1,234,567.8" (English grouping), "1.234.567,8" (European grouping), "2.47", "2,5".
 * Several dots with a scale word ("1.168.295 billion") cannot be grouping (nobody groups the
 * digits of a figure already given in billions) nor a decimal: the figure is malformed.
 */
export function parseNumber(raw: string, scaled: boolean): { value: number | null; malformed?: string } {
  if (/^\d+$/.test(raw)) return { value: Number(raw) };
  const ambiguous = ambiguousReadings(raw, scaled);
  if (ambiguous) return { value: null, malformed: ambiguous };
  if (/^\d+\.\d+$/.test(raw)) return { value: Number(raw) };
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return { value: Number(raw.replace(/,/g, "")) };
  if (/^\d+,\d+$/.test(raw)) return { value: Number(raw.replace(",", ".")) }; // "2,5 million" (decimal comma)
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(raw)) {
    if (scaled && !raw.includes(",")) {
      return { value: null, malformed: `"${raw}" has ${raw.split(".").length - 1} decimal points` };
    }
    return { value: Number(raw.replace(/\./g, "").replace(",", ".")) };
  }
  const dots = raw.split(".").length - 1;
  return { value: null, malformed: dots > 1 ? `"${raw}" has ${dots} decimal points` : `"${raw}" is not a number` };
}

/**
 * One separator followed by exactly three digits where both conventions make sense: "2,345
 * million" is 2345 million with a thousands comma or 2.345 million with a decimal comma; "€1.234"
 * is 1.234 euros with a decimal point or 1234 euros with a thousands dot. Neither reading is
 * guessed: the figure is kept as reported with both readings for an editor. ("$19.713 million"
 * is not ambiguous in English: nobody groups the digits of a figure given in millions with a dot;
 * "12,500 dollars" neither: a thousands comma before three digits.)
 */
function ambiguousReadings(raw: string, scaled: boolean): string | undefined {
  const m = /^(\d{1,3})([.,])(\d{3})$/.exec(raw);
  if (!m) return undefined;
  const [, whole, separator, part] = m;
  if ((separator === "," && !scaled) || (separator === "." && scaled)) return undefined;
  const grouped = Number(`${whole}${part}`);
  const decimal = Number(`${whole}.${part}`);
  const [first, second] = separator === "," ? [grouped, decimal] : [decimal, grouped];
  const as = (sep: string) => (sep === "," ? "a thousands separator" : "a decimal point");
  return `"${raw}" is ambiguous: ${first} if "${separator}" is ${separator === "," ? as(",") : as(".")}, ${second} if it is ${separator === "," ? "a decimal comma" : "a thousands separator"}`;
}
