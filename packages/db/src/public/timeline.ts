import type { TAmount } from "@dyad/core/schemas/fact-data";
import { formatValidTime } from "../lib/format-valid-time";
import type { RevisionView } from "../read-model/revision-view";
import { capitalize, countryName, enumWords, formatAmount, truncate } from "./labels";

export interface TimelineEntry {
  factId: string;
  /** The partial date the fact starts (sort key). */
  start: string;
  when: string;
  label: string;
}

/** A relation's dated facts in date order, grouped by year, each with a one-line label. */
export function buildTimeline(facts: RevisionView[]): { year: string; entries: TimelineEntry[] }[] {
  const entries = facts
    .filter((f) => f.validTime.start)
    .map((f) => ({
      factId: f.factId,
      start: f.validTime.start as string,
      when: formatValidTime(f.validTime),
      label: timelineLabel(f),
    }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.label.localeCompare(b.label));
  const years = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const year = entry.start.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years].map(([year, list]) => ({ year, entries: list }));
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
const names = (people: unknown) =>
  Array.isArray(people) ? people.flatMap((p) => str((p as { name?: unknown }).name) ?? []) : [];
const list = (items: string[]) =>
  items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/**
 * A short label for a fact, from its structured data (so the timeline does not repeat the
 * sections' sentences); falls back to the start of the statement.
 */
export function timelineLabel(fact: RevisionView): string {
  const d = fact.data ?? {};
  // A label is a phrase, like the others ("Diplomatic relations established"): no full stop.
  const fallback = truncate(fact.statement, 90).replace(/[\s.;:,!?]+$/, "");
  switch (fact.kind) {
    case "RECOGNITION":
      return str(d.recognizer) && str(d.recognized)
        ? `${countryName(d.recognizer as string)} recognised the ${str(d.subject) ?? "independence"} of ${countryName(d.recognized as string)}`
        : fallback;
    case "DIPLOMATIC_RELATIONS":
      return str(d.event) ? `Diplomatic relations ${enumWords(d.event as string)}` : fallback;
    case "AGREEMENT": {
      const title = str(d.title);
      const type = str(d.agreementType) ?? "agreement";
      if (!title) return fallback;
      // "Convention for the Avoidance of …" already says what it is.
      return title.toLowerCase().includes(type.toLowerCase())
        ? truncate(title, 90)
        : `${capitalize(type)}: ${truncate(title, 80)}`;
    }
    case "TRADE_FIGURE":
      return tradeLabel(d) ?? fallback;
    case "VISIT": {
      const who = names(d.people);
      const to = str(d.toCountry);
      if (d.type === "VISIT" && who.length > 0 && to) return `${list(who)} visited ${countryName(to)}`;
      if (d.type === "MEETING" && who.length > 1) return `Meeting of ${list(who)}`;
      return fallback;
    }
    case "MISSION": {
      const owner = str(d.owner);
      const type = str(d.missionType);
      const where = str(d.city) ?? (str(d.hostCountry) ? countryName(d.hostCountry as string) : undefined);
      return owner && type && where ? `${countryName(owner)}: ${enumWords(type)} in ${where}` : fallback;
    }
    case "PARLIAMENTARY_GROUP": {
      const name = str(d.name);
      if (!name) return fallback;
      if (d.event === "ESTABLISHED") return `${name} established`;
      if (d.event === "MEETING") return `Meeting of the ${name}`;
      const who = names(d.people);
      return who.length > 0 ? `${list(who)} leads the ${name}` : name;
    }
    case "CULTURE":
      return str(d.title) ? `${capitalize(str(d.eventType) ?? "event")}: ${d.title}` : fallback;
    case "EDUCATION":
      return str(d.programme) ?? fallback;
    default:
      return str(d.topic) && d.topic !== "See also" ? capitalize(d.topic as string) : fallback;
  }
}

function tradeLabel(d: Record<string, unknown>): string | undefined {
  const reporter = str(d.reporter);
  const partner = str(d.partner);
  const amount = d.amount as TAmount | undefined;
  if (!reporter || !partner || !amount) return undefined;
  const money = formatAmount(amount);
  if (d.flow === "EXPORTS") return `${countryName(reporter)}’s exports to ${countryName(partner)}: ${money}`;
  if (d.flow === "IMPORTS") return `${countryName(reporter)}’s imports from ${countryName(partner)}: ${money}`;
  return `Trade turnover between ${countryName(reporter)} and ${countryName(partner)}: ${money}`;
}
