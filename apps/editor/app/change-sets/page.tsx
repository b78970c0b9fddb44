import { AppError, listChangeSetPage, PAGE_SIZES } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { OpenChangeSetForm } from "@/components/change-sets/open-change-set-form";
import { BulkForm } from "@/components/list/bulk-form";
import { listSearch, Pager } from "@/components/list/pager";
import { SelectAll } from "@/components/list/select-all";
import { hasRole, requirePageActor } from "@/lib/auth/session";
import { formatInstant } from "@/lib/format";
import { CHANGE_SET_STATE_LABELS } from "@/lib/labels";
import { bulkChangeSetsAction } from "./bulk-actions";

export const metadata: Metadata = { title: "Change-sets" };

const KEYS = ["state", "relation", "author", "changedSince", "sort", "order", "page", "pageSize"] as const;
const FORM = "bulk-change-sets";

export default async function ChangeSetsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { picked, kept } = listSearch(KEYS, await props.searchParams);
  const actor = await requirePageActor("EDITOR", `/change-sets?${kept}`);
  const result = await listChangeSetPage({ actor, ...picked }).catch((error) => {
    if (error instanceof AppError && error.code === "INVALID") return error;
    throw error;
  });
  const value = (key: (typeof KEYS)[number]) => (typeof picked[key] === "string" ? (picked[key] as string) : "");
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
        <p className="small">
          <Link href="/change-sets?state=SUBMITTED&order=asc">Waiting for review, oldest first</Link>
        </p>
        <form method="get" aria-label="Filter the change-sets">
          <div className="row">
            <div className="field">
              <label htmlFor="cs-state">State</label>
              <select id="cs-state" name="state" defaultValue={value("state")}>
                <option value="">Any state</option>
                {Object.entries(CHANGE_SET_STATE_LABELS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="cs-relation">Touches relation (address)</label>
              <input id="cs-relation" name="relation" defaultValue={value("relation")} />
            </div>
            <div className="field">
              <label htmlFor="cs-author">Opened by (name contains)</label>
              <input id="cs-author" name="author" defaultValue={value("author")} />
            </div>
            <div className="field">
              <label htmlFor="cs-since">Changed since</label>
              <input id="cs-since" name="changedSince" type="date" defaultValue={value("changedSince")} />
            </div>
          </div>
          <div className="row">
            <div className="field">
              <label htmlFor="cs-sort">Sort by</label>
              <select id="cs-sort" name="sort" defaultValue={value("sort")}>
                <option value="changed">Last change</option>
                <option value="created">Opened</option>
                <option value="title">Title</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="cs-order">Order</label>
              <select id="cs-order" name="order" defaultValue={value("order")}>
                <option value="desc">Newest / Z first</option>
                <option value="asc">Oldest / A first</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="cs-size">Per page</label>
              <select id="cs-size" name="pageSize" defaultValue={value("pageSize") || "25"}>
                {PAGE_SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <div className="field" style={{ flex: "0 0 auto" }}>
              <button type="submit">Show</button>
            </div>
          </div>
        </form>
        {result instanceof AppError ? (
          <p className="notice error" role="alert">
            Check the filters: {result.message}
          </p>
        ) : (
          <>
            <BulkForm
              id={FORM}
              label="Act on the ticked change-sets"
              action={bulkChangeSetsAction}
              buttons={[
                { value: "submit", label: "Submit for review" },
                ...(hasRole(actor, "REVIEWER") ? [{ value: "approve", label: "Approve" }] : []),
              ]}
            />
            {result.rows.length === 0 ? (
              <p>
                {result.total === 0 ? "No change-sets match these filters." : "This page is past the end of the list."}
              </p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">
                        <SelectAll form={FORM} />
                      </th>
                      <th scope="col">Title</th>
                      <th scope="col">State</th>
                      <th scope="col">Changes</th>
                      <th scope="col">By</th>
                      <th scope="col">Last change</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.map((s) => (
                      <tr key={s.id}>
                        <td>
                          <input
                            type="checkbox"
                            form={FORM}
                            name="item"
                            value={s.id}
                            aria-label={`Select “${s.title}”`}
                          />
                        </td>
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
            <Pager
              path="/change-sets"
              search={kept}
              page={result.page}
              pages={result.pages}
              total={result.total}
              noun="change-sets"
            />
          </>
        )}
      </section>
    </>
  );
}
