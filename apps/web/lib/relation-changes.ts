import { parseAsOf } from "@dyad/core/instant";
import { compareFactSets, type FactSetChanges, locateVersion, type RelationPage, type RevisionView } from "@dyad/db";
import { firstParam } from "./format";
import { relationPage } from "./public-data";

export interface RelationChanges {
  /** The relation page now (its name, its versions). */
  page: RelationPage;
  /** What the reader typed, shown back in the form. */
  typed: { since: string; asOf: string };
  /** A bad, future or reversed date: the message to show; `view` is then null. */
  error: string | null;
  view: { since: string; until: string | null; changes: FactSetChanges<RevisionView> } | null;
}

/**
 * What changed in a relation between two publication instants, for the changes page and its
 * feed: each instant is resolved to the version in effect (from the cached list of versions)
 * and the two cached versions are compared (compareFactSets, as the API does), so no view
 * queries the database. Without `since`: the latest change (the version before the last one).
 */
export async function relationChanges(
  slug: string,
  search: { since?: string | string[]; asOf?: string | string[] },
): Promise<RelationChanges | null> {
  const now = await relationPage(slug, null);
  if (!now) return null;
  const typed = { since: firstParam(search.since)?.trim() ?? "", asOf: firstParam(search.asOf)?.trim() ?? "" };
  const fail = (error: string) => ({ page: now, error, typed, view: null });
  let until: Date | null = null;
  if (typed.asOf) {
    until = instantOrNull(typed.asOf);
    if (!until) return fail("“Up to”: use a date (YYYY-MM-DD) or an ISO 8601 instant.");
    if (until.getTime() > Date.now()) return fail("“Up to”: this date is in the future.");
  }
  let since: Date;
  if (typed.since) {
    const parsed = instantOrNull(typed.since);
    if (!parsed) return fail("“Changed since”: use a date (YYYY-MM-DD) or an ISO 8601 instant.");
    if (parsed.getTime() > Date.now()) return fail("“Changed since”: this date is in the future.");
    if (until && parsed > until) return fail("“Changed since” comes after “Up to”: give the earlier date first.");
    since = parsed;
  } else {
    const latest = locateVersion(now.versions, until ?? new Date());
    since = new Date(latest.previous ? Date.parse(latest.previous) : 0);
  }
  const at = async (instant: Date | null) => {
    if (!instant) return now.facts;
    const version = locateVersion(now.versions, instant).current;
    return version ? ((await relationPage(slug, version))?.facts ?? []) : [];
  };
  const [before, after] = await Promise.all([at(since), at(until)]);
  return {
    page: now,
    error: null,
    typed,
    view: { since: since.toISOString(), until: until?.toISOString() ?? null, changes: compareFactSets(before, after) },
  };
}

function instantOrNull(text: string): Date | null {
  try {
    return parseAsOf(text);
  } catch {
    return null;
  }
}
