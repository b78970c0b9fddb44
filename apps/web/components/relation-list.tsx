import type { PublicRelationSummary } from "@dyad/db";
import { formatDay, plural } from "../lib/format";
import { routes } from "../lib/routes";

/** Relations with how many facts are published and when they last changed. */
export function RelationList({
  relations,
  label = (r) => r.name,
  time,
}: {
  relations: PublicRelationSummary[];
  label?: (r: PublicRelationSummary) => string;
  /** A date the reader chose (country page's control): each relation opens at it. */
  time?: { asOf: string | null; on: string | null };
}) {
  return (
    <ul className="relation-list">
      {relations.map((r) => (
        <li key={r.slug}>
          <a href={routes.relation(r.slug, time?.asOf, time?.on)}>{label(r)}</a>{" "}
          <span className="muted">
            {plural(r.publishedFacts, "fact")} · updated <time dateTime={r.updatedAt}>{formatDay(r.updatedAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
