import { claimSummary, formatValidTime, type RevisionView } from "@dyad/db";
import { routes } from "../lib/routes";
import { CitationMarks, UnsourcedMark } from "./citations";

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
      <CitationMarks fact={fact} numbers={numbers} /> <UnsourcedMark sources={fact.sources} />{" "}
      <HistoryLink fact={fact} when={when} asOf={asOf} />
    </li>
  );
}

/**
 * A sentence the importer read several claims from: the sentence once with every citation of
 * its claims, then each claim (date, fields, own page) under it, anchored for the timeline.
 */
export function SentenceItem({
  statement,
  claims,
  numbers,
  asOf,
}: {
  statement: string;
  claims: RevisionView[];
  numbers: Map<string, number>;
  asOf: string | null;
}) {
  const sources = [...new Map(claims.flatMap((c) => c.sources).map((s) => [s.id, s])).values()];
  return (
    <li className="sentence" data-claims={claims.length}>
      <span className="statement">{statement}</span>
      <CitationMarks fact={{ sources }} numbers={numbers} /> <UnsourcedMark sources={sources} />
      <ul className="claims" aria-label="Claims in this sentence">
        {claims.map((fact) => {
          const when = formatValidTime(fact.validTime);
          return (
            <li key={fact.factId} id={`fact-${fact.factId}`} data-fact-id={fact.factId}>
              {when && <time dateTime={fact.validTime.start ?? undefined}>{when}</time>}
              <span className="claim">{claimSummary(fact)}</span> <HistoryLink fact={fact} when={when} asOf={asOf} />
            </li>
          );
        })}
      </ul>
    </li>
  );
}

function HistoryLink({ fact, when, asOf }: { fact: RevisionView; when: string; asOf: string | null }) {
  return (
    <a className="permalink" href={routes.fact(fact.factId, asOf)}>
      History
      <span className="visually-hidden"> and sources of this fact{when ? ` (${when})` : ""}</span>
    </a>
  );
}
