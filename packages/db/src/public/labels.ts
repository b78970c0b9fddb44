import { WORLD_COUNTRIES } from "@dyad/core/countries/world";
import type { TAmount } from "@dyad/core/schemas/fact-data";

export { KIND_LABELS, SECTION_TITLES } from "../schemas/labels";

const COUNTRY_NAMES = new Map(WORLD_COUNTRIES.map((c) => [c.code, c.name]));
const COUNTRY_BY_SLUG = new Map(WORLD_COUNTRIES.map((c) => [c.slug, c]));

/** A country's common name from its alpha-2 code (the code itself if unknown). */
export const countryName = (code: string): string => COUNTRY_NAMES.get(code) ?? code;

/** A country by its slug, without a query: the country table is seeded from the same list. */
export const countryBySlug = (slug: string) => COUNTRY_BY_SLUG.get(slug);

/** "EMBASSY" → "embassy", "HONORARY_CONSULATE" → "honorary consulate". */
export const enumWords = (value: string) => value.toLowerCase().replaceAll("_", " ");

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const UNIT_WORDS: Record<TAmount["unit"], string> = {
  ONE: "",
  THOUSAND: " thousand",
  MILLION: " million",
  BILLION: " billion",
};
export const UNIT_FACTORS: Record<TAmount["unit"], number> = { ONE: 1, THOUSAND: 1e3, MILLION: 1e6, BILLION: 1e9 };

/** "$19.713 million"; an amount that could not be read as a number is shown as reported. */
export function formatAmount(amount: TAmount): string {
  if (amount.value === null) return `${amount.asReported} (as reported)`;
  return `${formatMoney(amount.value, amount.currency)}${UNIT_WORDS[amount.unit]}`;
}

export function formatMoney(value: number, currency: string, options: Intl.NumberFormatOptions = {}): string {
  try {
    return new Intl.NumberFormat("en", {
      style: "currency",
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 3,
      ...options,
    }).format(value);
  } catch {
    // A currency code Intl does not know: still readable.
    return `${value.toLocaleString("en")} ${currency}`;
  }
}

/** Cut text at a word boundary near `max` characters. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
