import { factChanges, type PublicFact } from "@dyad/db";
import { formatDay, formatInstant } from "../lib/format";
import { routes } from "../lib/routes";

const VERB = {
  published: "Published",
  updated: "Updated",
  withdrawn: "Withdrawn",
  redacted: "Text withdrawn",
} as const;

/** When each revision first became public (the versions a reader can compare). */
export function publishedVersions(fact: PublicFact) {
  return fact.revisions.map((revision) => {
    const first = fact.publications.find((p) => p.revisionId === revision.revisionId);
    return {
      revision,
      firstPublishedAt: first?.at ?? revision.createdAt,
      /** The version instant to link to (`?asOf=`): see @dyad/db versions.ts. */
      version: first?.version ?? revision.createdAt,
    };
  });
}

/** The fact's whole public history, newest first: every publication and withdrawal. */
export function FactHistory({ fact }: { fact: PublicFact }) {
  const changes = factChanges(fact).reverse();
  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      <p className="muted">
        Every version the public has seen, newest first. Version numbers count drafts too, so some are skipped.
      </p>
      <ol className="changes">
        {changes.map((c) => (
          <li key={c.publicationId}>
            <time dateTime={c.at}>{formatInstant(c.at)}</time> <span className="tag">{VERB[c.type]}</span>{" "}
            {c.redaction ? (
              <>
                version {c.redaction.number}: text withdrawn by {c.redaction.actorName} on{" "}
                <time dateTime={c.redaction.at}>{formatDay(c.redaction.at)}</time>: {c.redaction.reason}
              </>
            ) : c.revision ? (
              <>
                version {c.revision.number}
                {c.revision.note && <> · “{c.revision.note}”</>}
                <span className="muted"> · written by {c.revision.authorName}</span>
              </>
            ) : (
              <>no longer on the public site</>
            )}
            <br />
            <a href={routes.fact(fact.factId, c.version)}>
              As of then<span className="visually-hidden"> ({formatInstant(c.at)})</span>
            </a>
            {c.type === "updated" && c.previous && c.revision && (
              <>
                {" "}
                ·{" "}
                <a href={routes.compare(fact.factId, c.previous.number, c.revision.number)}>
                  What changed
                  <span className="visually-hidden">
                    {" "}
                    from version {c.previous.number} to version {c.revision.number}
                  </span>
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Pick any two public versions to compare (a plain GET form: no JavaScript needed). */
export function CompareForm({ fact, from, to }: { fact: PublicFact; from?: number; to?: number }) {
  const versions = publishedVersions(fact);
  if (versions.length < 2) return null;
  const latest = versions.at(-1)?.revision.number;
  const before = versions.at(-2)?.revision.number;
  const options = versions.map(({ revision, firstPublishedAt }) => (
    <option key={revision.number} value={revision.number}>
      Version {revision.number} ({formatDay(firstPublishedAt)})
    </option>
  ));
  return (
    <section aria-labelledby="compare">
      <h2 id="compare">Compare versions</h2>
      <form action={`/facts/${fact.factId}/compare`} method="get" className="compare-form">
        <label>
          Older
          <select name="from" defaultValue={from ?? before}>
            {options}
          </select>
        </label>
        <label>
          Newer
          <select name="to" defaultValue={to ?? latest}>
            {options}
          </select>
        </label>
        <button type="submit">Compare</button>
      </form>
    </section>
  );
}

/** A takedown, said plainly at the top of the fact page: who withdrew the text, when and why. */
export function RedactionNotice({ redactions }: { redactions: PublicFact["redactions"] }) {
  const takedowns = [...new Map(redactions.map((r) => [`${r.at}|${r.actorName}|${r.reason}`, r])).values()];
  return (
    <>
      {takedowns.map((r) => (
        <p key={r.at} className="notice" data-testid="redaction-notice">
          The text of this fact was withdrawn from public view by {r.actorName} on{" "}
          <time dateTime={r.at}>{formatDay(r.at)}</time>: {r.reason}
        </p>
      ))}
    </>
  );
}
