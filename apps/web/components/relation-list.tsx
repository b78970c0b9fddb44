import type { PublicRelationSummary } from "@dyad/db";
import { formatDay, plural } from "../lib/format";
import { routes } from "../lib/routes";

/** Relations with how many facts are published and when they last changed. */
export function RelationList({
  relations,
  label = (r) => r.name,
}: {
  relations: PublicRelationSummary[];
  label?: (r: PublicRelationSummary) => string;
}) {
  return (
    <ul className="relation-list">
      {relations.map((r) => (
        <li key={r.slug}>
          <a href={routes.relation(r.slug)}>{label(r)}</a>{" "}
          <span className="muted">
            {plural(r.publishedFacts, "fact")} · updated <time dateTime={r.updatedAt}>{formatDay(r.updatedAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
