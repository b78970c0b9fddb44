import { type PublicChange, timelineLabel } from "@dyad/db";
import { formatInstant } from "../lib/format";
import { routes } from "../lib/routes";

const VERB: Record<PublicChange["type"], string> = {
  published: "Published",
  updated: "Updated",
  withdrawn: "Withdrawn",
  redacted: "Text withdrawn",
};

/** Changes from the publication log, newest first, each linked to its fact and to the page then. */
export function ChangeList({ entries, showRelation }: { entries: PublicChange[]; showRelation: boolean }) {
  return (
    <ol className="changes">
      {entries.map((e) => {
        const shown = e.revision ?? e.previous;
        return (
          <li key={e.id}>
            <time dateTime={e.at}>{formatInstant(e.at)}</time> <span className="tag">{VERB[e.type]}</span>{" "}
            {showRelation && (
              <>
                <a href={routes.relation(e.relation.slug)}>{e.relation.name}</a>:{" "}
              </>
            )}
            <span className="what">{shown ? timelineLabel(shown) : "A fact"}</span>
            <br />
            <a href={routes.fact(e.factId)}>Fact history</a> ·{" "}
            <a href={routes.relation(e.relation.slug, e.version)}>
              The page as of then<span className="visually-hidden"> ({formatInstant(e.at)})</span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
