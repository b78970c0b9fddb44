import { relationName } from "../read-model/relation-countries";
import type { RevisionView } from "../read-model/revision-view";
import { msToIso } from "./versions";

/** A row of the publication log as listPublicChanges reads it. */
export interface ChangeRow {
  id: bigint;
  at: Date;
  ms: number;
  fact_id: string;
  revision_id: string | null;
  previous_revision_id: string | null;
  slug: string;
  a_name: string;
  b_name: string;
  change_set_id: string | null;
  change_set_title: string | null;
  change_set_description: string | null;
  change_set_reverted: boolean | null;
}

/** One fact's change within an entry: the version it published and the one it replaced or withdrew. */
export interface PublicChange {
  id: string;
  at: string;
  /** The instant to read the public pages as of, right after the change. */
  version: string;
  type: "published" | "updated" | "withdrawn" | "redacted";
  factId: string;
  relation: { slug: string; name: string };
  revision: RevisionView | null;
  previous: RevisionView | null;
}

/** One entry of the feeds and lists: a single fact's publish, or a change-set's publish or revert. */
export interface PublicChangeGroup {
  /** Permanent: the change-set and what it did, or the publication's log id. */
  id: string;
  at: string;
  version: string;
  changeSet: { id: string; title: string; description: string; action: "published" | "reverted" } | null;
  /** The relations it touched, in the order of its changes. */
  relations: { slug: string; name: string }[];
  changes: PublicChange[];
}

/** A change-set's publish (or revert) is one entry (its rows share one instant); anything else its own. */
export const groupKey = (row: Pick<ChangeRow, "id" | "change_set_id" | "ms" | "change_set_reverted">) =>
  row.change_set_id
    ? `change-set:${row.change_set_id}:${row.change_set_reverted ? "reverted" : "published"}`
    : `publication:${row.id}`;

/** Rows (newest first) and the published revisions they name, as entries newest first. */
export function toPublicChangeGroups(rows: ChangeRow[], revisions: Map<string, RevisionView>): PublicChangeGroup[] {
  const groups = new Map<string, PublicChangeGroup>();
  for (const r of rows) {
    const change = toPublicChange(r, revisions);
    const key = groupKey(r);
    const group = groups.get(key);
    if (group) {
      group.changes.push(change);
      if (!group.relations.some((x) => x.slug === change.relation.slug)) group.relations.push(change.relation);
      continue;
    }
    groups.set(key, {
      id: key,
      at: change.at,
      version: change.version,
      changeSet: r.change_set_id
        ? {
            id: r.change_set_id,
            title: r.change_set_title ?? "",
            description: r.change_set_description ?? "",
            action: r.change_set_reverted ? "reverted" : "published",
          }
        : null,
      relations: [change.relation],
      changes: [change],
    });
  }
  return [...groups.values()];
}

function toPublicChange(r: ChangeRow, revisions: Map<string, RevisionView>): PublicChange {
  const revision = r.revision_id ? (revisions.get(r.revision_id) ?? null) : null;
  const previous = r.previous_revision_id ? (revisions.get(r.previous_revision_id) ?? null) : null;
  return {
    id: String(r.id),
    at: r.at.toISOString(),
    version: msToIso(r.ms),
    type: r.revision_id && !revision ? "redacted" : !revision ? "withdrawn" : previous ? "updated" : "published",
    factId: r.fact_id,
    relation: { slug: r.slug, name: relationName(r.a_name, r.b_name) },
    revision,
    previous,
  };
}
