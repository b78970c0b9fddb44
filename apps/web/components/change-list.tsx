import { type PublicChange, type PublicChangeGroup, timelineLabel } from "@dyad/db";
import { formatInstant, plural } from "../lib/format";
import { routes } from "../lib/routes";

const VERB: Record<PublicChange["type"], string> = {
  published: "Published",
  updated: "Updated",
  withdrawn: "Withdrawn",
  redacted: "Text withdrawn",
};

/**
 * Changes from the publication log, newest first: one item per publish. A change-set's publish
 * (or revert) is one item, its title and description, then each fact it changed linked to its
 * page; every item links to the page as it was right after.
 */
export function ChangeList({ entries, showRelation }: { entries: PublicChangeGroup[]; showRelation: boolean }) {
  return (
    <ol className="changes">
      {entries.map((g) =>
        g.changeSet ? (
          <ChangeSetItem key={g.id} group={g} />
        ) : (
          <SingleItem key={g.id} group={g} showRelation={showRelation} />
        ),
      )}
    </ol>
  );
}

const label = (c: PublicChange) => {
  const shown = c.revision ?? c.previous;
  return shown ? timelineLabel(shown) : "A fact";
};

function SingleItem({ group, showRelation }: { group: PublicChangeGroup; showRelation: boolean }) {
  const e = group.changes[0] as PublicChange;
  return (
    <li>
      <time dateTime={e.at}>{formatInstant(e.at)}</time> <span className="tag">{VERB[e.type]}</span>{" "}
      {showRelation && (
        <>
          <a href={routes.relation(e.relation.slug)}>{e.relation.name}</a>:{" "}
        </>
      )}
      <span className="what">{label(e)}</span>
      <br />
      <a href={routes.fact(e.factId)}>Fact history</a> ·{" "}
      <a href={routes.relation(e.relation.slug, e.version)}>
        The page as of then<span className="visually-hidden"> ({formatInstant(e.at)})</span>
      </a>
    </li>
  );
}

function ChangeSetItem({ group }: { group: PublicChangeGroup }) {
  const set = group.changeSet as NonNullable<PublicChangeGroup["changeSet"]>;
  const only = group.relations.length === 1 ? group.relations[0] : undefined;
  return (
    <li className="change-set">
      <time dateTime={group.at}>{formatInstant(group.at)}</time>{" "}
      <span className="tag">{set.action === "reverted" ? "Reverted together" : "Published together"}</span>{" "}
      <span className="what">{set.title}</span> ({plural(group.changes.length, "fact")}
      {group.relations.length > 1 && `, ${group.relations.map((r) => r.name).join(", ")}`})
      {set.description && <p className="small">{set.description}</p>}
      <ul>
        {group.changes.map((c) => (
          <li key={c.id}>
            {VERB[c.type]}: <a href={routes.fact(c.factId)}>{label(c)}</a>
            {!only && ` (${c.relation.name})`}
          </li>
        ))}
      </ul>
      {group.relations.map((r, i) => (
        <span key={r.slug}>
          {i > 0 && " · "}
          <a href={routes.relation(r.slug, group.version)}>
            {only ? "The page as of then" : `${r.name} as of then`}
            <span className="visually-hidden"> ({formatInstant(group.at)})</span>
          </a>
        </span>
      ))}
    </li>
  );
}
