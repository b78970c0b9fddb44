import { formatValidTime, type RevisionView } from "@dyad/db";
import { routes } from "../lib/routes";
import { CitationMarks } from "./citations";

/** One fact in a relation page: its date, its sentence, its numbered citations, its own page. */
export function FactItem({
  fact,
  numbers,
  asOf,
}: {
  fact: RevisionView;
  numbers: Map<string, number>;
  asOf: string | null;
}) {
  const when = formatValidTime(fact.validTime);
  return (
    <li id={`fact-${fact.factId}`} data-fact-id={fact.factId}>
      {when && <time dateTime={fact.validTime.start ?? undefined}>{when}</time>}
      <span className="statement">{fact.statement}</span>
      <CitationMarks fact={fact} numbers={numbers} />{" "}
      <a className="permalink" href={routes.fact(fact.factId, asOf)}>
        History
        <span className="visually-hidden"> and sources of this fact{when ? ` (${when})` : ""}</span>
      </a>
    </li>
  );
}
