import { listMyDrafts, listQualityWarnings, listRecentChanges, listReviewQueue } from "@dyad/db";
import Link from "next/link";
import { FactList } from "../components/fact-list";
import { SignInPage } from "../components/sign-in-page";
import { currentUser, hasRole } from "../lib/auth/session";
import { excerpt, formatInstant } from "../lib/format";
import { eventLabel, pathLabel } from "../lib/labels";

/** Signed out: the sign-in form. Signed in: the dashboard. */
export default async function Home() {
  const user = await currentUser();
  if (!user) return <SignInPage />;
  const { actor } = user;
  const [mine, queue, recent, warnings] = await Promise.all([
    listMyDrafts({ actor }),
    listReviewQueue({ actor }),
    listRecentChanges({ actor, limit: 15 }),
    listQualityWarnings({ actor, limit: 20 }),
  ]);
  const reviewer = hasRole(actor, "REVIEWER");
  return (
    <>
      <h1>Dashboard</h1>
      <div className="cards">
        <section className="card" aria-labelledby="my-drafts">
          <h2 id="my-drafts">My drafts</h2>
          <FactList facts={mine} empty="You have no unpublished drafts." />
        </section>
        <section className="card" aria-labelledby="review-queue">
          <h2 id="review-queue">Review queue ({queue.length})</h2>
          {!reviewer && <p className="small muted">Reviewers approve or reject these.</p>}
          <p className="small">
            <Link href="/facts?state=SUBMITTED&order=asc">Filter and act on submitted facts</Link> ·{" "}
            <Link href="/change-sets?state=SUBMITTED&order=asc">Change-sets waiting for review</Link>
          </p>
          <FactList facts={queue} empty="Nothing is waiting for review." />
        </section>
        <section className="card" aria-labelledby="recent-changes">
          <h2 id="recent-changes">Recent changes</h2>
          {recent.length === 0 ? (
            <p className="muted">No changes yet.</p>
          ) : (
            <ul className="plain">
              {recent.map((e) => (
                <li key={e.id} className="small">
                  <strong>{e.actorName}</strong> {eventLabel(e.type)}
                  {e.factId && e.statement && (
                    <>
                      : <Link href={`/facts/${e.factId}`}>{excerpt(e.statement, 90)}</Link>
                      {e.factDeleted && " (deleted)"}
                    </>
                  )}
                  {!e.factId && e.relationSlug && (
                    <>
                      : <Link href={`/relations/${e.relationSlug}`}>{e.relationSlug}</Link>
                    </>
                  )}
                  <div className="muted">{formatInstant(e.at)}</div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="warnings">
          <h2 id="warnings">Data-quality warnings ({warnings.openFlagCount + warnings.ruleFailureCount})</h2>
          {warnings.flags.length === 0 && warnings.ruleFailures.length === 0 && (
            <p className="muted">No open warnings.</p>
          )}
          {warnings.flags.length > 0 && (
            <>
              <h3>From the importer ({warnings.openFlagCount})</h3>
              <ul className="plain">
                {warnings.flags.map((f) => (
                  <li key={f.id} className="small">
                    <Link href={`/facts/${f.factId}`}>{f.message}</Link>
                    <div className="muted">
                      {f.rule} · “{excerpt(f.excerpt, 80)}” · {f.relationSlug}
                      {f.suggestion && <> · suggested: {excerpt(f.suggestion, 80)}</>}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
          {warnings.ruleFailures.length > 0 && (
            <>
              <h3>Cannot be published yet ({warnings.ruleFailureCount})</h3>
              <ul className="plain">
                {warnings.ruleFailures.map((f) => (
                  <li key={f.factId} className="small">
                    <Link href={`/facts/${f.factId}`}>{excerpt(f.statement, 90)}</Link>
                    <ul>
                      {f.issues.map((i) => (
                        <li key={`${i.path}:${i.message}`}>
                          {pathLabel(i.path)}: {i.message}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </>
  );
}
