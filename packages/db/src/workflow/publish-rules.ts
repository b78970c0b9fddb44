import type { TFactContent } from "@dyad/core/schemas/fact";
import { firstDay } from "@dyad/core/schemas/partial-date";

/** A problem with one field, by its path in the content ("data.amount.currency", "sources"). */
export interface FieldIssue {
  path: string;
  message: string;
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/**
 * The consistency rules a fact must pass before the public may see it (beyond its zod schema,
 * which every draft already passes): at least one source, dates in order, amounts that are
 * numbers in a real currency, and countries that belong to the relation's pair.
 */
export function checkPublishRules(content: TFactContent, pair: readonly [string, string]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const inPair = (code: string | undefined) => code === undefined || pair.includes(code);
  const pairText = `${pair[0]} or ${pair[1]}`;
  const requirePair = (path: string, code: string | undefined) => {
    if (!inPair(code)) issues.push({ path, message: `Must be one of this relation's countries (${pairText})` });
  };
  const requireDifferent = (path: string, a: string, b: string) => {
    if (a === b) issues.push({ path, message: "Must be the other country of the pair" });
  };

  if (content.sources.length === 0) issues.push({ path: "sources", message: "Cite at least one source" });
  const today = new Date().toISOString().slice(0, 10);
  content.sources.forEach((citation, i) => {
    const s = citation.source;
    if (s?.publishedOn && s.publishedOn > today) {
      issues.push({ path: `sources.${i}.source.publishedOn`, message: "Published in the future" });
    }
    if (s?.publishedOn && s.accessedOn && s.accessedOn < s.publishedOn) {
      issues.push({ path: `sources.${i}.source.accessedOn`, message: "Accessed before it was published" });
    }
  });

  switch (content.kind) {
    case "RECOGNITION":
      requirePair("data.recognizer", content.data.recognizer);
      requirePair("data.recognized", content.data.recognized);
      requireDifferent("data.recognized", content.data.recognizer, content.data.recognized);
      break;
    case "AGREEMENT": {
      const d = content.data;
      for (const code of pair) {
        if (!d.parties.includes(code)) issues.push({ path: "data.parties", message: `${code} must be a party` });
      }
      if (d.signedOn && d.inForceOn && firstDay(d.inForceOn) < firstDay(d.signedOn)) {
        issues.push({ path: "data.inForceOn", message: "Entered into force before it was signed" });
      }
      break;
    }
    case "TRADE_FIGURE": {
      const d = content.data;
      requirePair("data.reporter", d.reporter);
      requirePair("data.partner", d.partner);
      requireDifferent("data.partner", d.reporter, d.partner);
      if (d.amount.value === null) issues.push({ path: "data.amount.value", message: "Give the amount as a number" });
      if (!CURRENCIES.has(d.amount.currency)) {
        issues.push({ path: "data.amount.currency", message: `${d.amount.currency} is not an ISO 4217 currency` });
      }
      break;
    }
    case "VISIT":
      requirePair("data.fromCountry", content.data.fromCountry);
      requirePair("data.toCountry", content.data.toCountry);
      if (content.data.fromCountry && content.data.fromCountry === content.data.toCountry) {
        issues.push({ path: "data.toCountry", message: "A visit goes to the other country" });
      }
      break;
    case "MISSION":
      requirePair("data.owner", content.data.owner);
      requirePair("data.hostCountry", content.data.hostCountry);
      requireDifferent("data.hostCountry", content.data.owner, content.data.hostCountry);
      break;
    case "PARLIAMENTARY_GROUP":
      requirePair("data.parliamentOf", content.data.parliamentOf);
      break;
  }
  return issues;
}
