import { listChangeSets } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { OpenChangeSetForm } from "../../components/change-sets/open-change-set-form";
import { requirePageActor } from "../../lib/auth/session";
import { formatInstant } from "../../lib/format";
import { CHANGE_SET_STATE_LABELS } from "../../lib/labels";

export const metadata: Metadata = { title: "Change-sets" };

export default async function ChangeSetsPage() {
  const actor = await requirePageActor("EDITOR", "/change-sets");
  const sets = await listChangeSets({ actor });
  return (
    <>
      <h1>Change-sets</h1>
      <p className="muted">
        Edits to many facts and summaries, reviewed together and published at one instant, now or at a set time.
      </p>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Open a change-set</h2>
        <OpenChangeSetForm />
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">All change-sets</h2>
        {sets.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">State</th>
                  <th scope="col">Changes</th>
                  <th scope="col">By</th>
                  <th scope="col">Last change</th>
                </tr>
              </thead>
              <tbody>
                {sets.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link href={`/change-sets/${s.id}`}>{s.title}</Link>
                    </td>
                    <td>{CHANGE_SET_STATE_LABELS[s.state]}</td>
                    <td>{s.changes}</td>
                    <td>{s.authorName}</td>
                    <td>{formatInstant(s.updatedAt.toISOString())}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
