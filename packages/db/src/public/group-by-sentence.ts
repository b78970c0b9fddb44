import type { RevisionView } from "../read-model/revision-view";
import { describeFact } from "./describe-fact";

/** One source sentence as a reader sees it: shown once, with every claim read from it. */
export interface SentenceGroup<T extends { statement: string } = RevisionView> {
  statement: string;
  claims: T[];
}

/**
 * Group facts by their sentence, in the order each sentence first appears. The importer reads a
 * sentence holding several claims into several facts that share its text (e.g. a year's imports
 * and the year before's); a page, search result list or feed shows that text once, its claims
 * under it, so no sentence appears twice.
 */
export function groupBySentence<T extends { statement: string }>(facts: T[]): SentenceGroup<T>[] {
  const groups = new Map<string, SentenceGroup<T>>();
  for (const fact of facts) {
    const key = fact.statement.trim();
    const group = groups.get(key);
    if (group) group.claims.push(fact);
    else groups.set(key, { statement: fact.statement, claims: [fact] });
  }
  return [...groups.values()];
}

const CLAIM_FIELDS = new Set([
  "kind",
  "data.flow",
  "data.reporter",
  "data.partner",
  "data.amount",
  "data.missionType",
  "data.owner",
  "data.hostCountry",
  "data.city",
  "data.event",
  "data.type",
  "data.title",
]);

/** A claim in a few words under its sentence: "Trade figure · Exports · Canada · Azerbaijan · $20M". */
export function claimSummary(fact: RevisionView): string {
  return describeFact(fact)
    .filter((d) => CLAIM_FIELDS.has(d.key))
    .map((d) => d.value)
    .join(" · ");
}
