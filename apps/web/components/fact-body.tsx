import { describeFact, type RevisionView } from "@dyad/db";
import { Fragment } from "react";
import { CitationMarks, numberSources, SourceList } from "./citations";

/** One version of a fact: its sentence with numbered citations, its details and its sources. */
export function FactBody({ revision }: { revision: RevisionView }) {
  const { numbers, sources } = numberSources([revision]);
  return (
    <>
      <p className="statement-text">
        {revision.statement}
        <CitationMarks fact={revision} numbers={numbers} />
      </p>
      <dl className="details">
        {describeFact(revision).map((d) => (
          <Fragment key={d.key}>
            <dt>{d.label}</dt>
            <dd>{d.value}</dd>
          </Fragment>
        ))}
      </dl>
      <SourceList sources={sources} />
    </>
  );
}
