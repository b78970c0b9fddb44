import type { TFactContent } from "@dyad/core/schemas/fact";
import type { FieldIssue } from "./publish-rules";

// Warnings, not refusals: a fact's structured fields should say what its sentence says. When an
// editor changes the year or the amount but not the sentence (or the reverse), the preview and
// the reviewer see where they disagree before anything is published. Linear patterns only.

const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
// "the previous year", "the same year": the sentence may be about a year next to the one it names.
const RELATIVE_YEAR = /\b(?:previous|same|following|next|prior) year\b|\byear (?:before|after)\b/i;
const SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₼": "AZN" };

export function checkSentenceAgreement(content: TFactContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const text = content.statement;
  const years = [...new Set(text.match(YEAR) ?? [])];
  const near = RELATIVE_YEAR.test(text) ? 1 : 0;
  const saysYear = (year: number) => years.some((y) => Math.abs(Number(y) - year) <= near);
  if (years.length > 0) {
    for (const [path, date] of [
      ["validTime.start", content.validTime.start],
      ["validTime.end", content.validTime.end],
    ] as const) {
      if (date && !saysYear(Number(date.slice(0, 4)))) {
        issues.push({ path, message: `The sentence says ${years.join(", ")}, not ${date.slice(0, 4)}` });
      }
    }
  }
  if (content.kind === "TRADE_FIGURE") {
    const { value, currency } = content.data.amount;
    const numbers = (text.match(NUMBER) ?? []).filter((n) => !years.includes(n));
    const values = numbers.map((n) => Number(n.replace(/,/g, "")));
    if (value !== null && numbers.length > 0 && !values.includes(value)) {
      issues.push({ path: "data.amount.value", message: `The sentence says ${numbers.join(", ")}, not ${value}` });
    }
    const symbol = Object.keys(SYMBOLS).find((s) => text.includes(s));
    if (symbol && SYMBOLS[symbol] !== currency) {
      issues.push({
        path: "data.amount.currency",
        message: `The sentence says ${symbol} (${SYMBOLS[symbol]}), not ${currency}`,
      });
    }
  }
  if (content.kind === "MISSION" && content.data.city && !text.includes(content.data.city)) {
    issues.push({ path: "data.city", message: `The sentence does not name ${content.data.city}` });
  }
  return issues;
}
