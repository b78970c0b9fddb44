import { AppError, listChangeSets, listEditorFacts, PAGE_SIZES } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { BulkForm } from "@/components/list/bulk-form";
import { listSearch, Pager } from "@/components/list/pager";
import { SelectAll } from "@/components/list/select-all";
import { StateBadge } from "@/components/state-badge";
import { hasRole, requirePageActor } from "@/lib/auth/session";
import { excerpt, formatInstant } from "@/lib/format";
import { KIND_LABELS, STATE_LABELS } from "@/lib/labels";
import { bulkFactsAction } from "./bulk-actions";

export const metadata: Metadata = { title: "Facts" };

const KEYS = [
  "relation",
  "kind",
  "state",
  "flagged",
  "author",
  "changedSince",
  "sort",
  "order",
  "page",
  "pageSize",
] as const;
const FORM = "bulk-facts";

/** Every fact, filtered, sorted and paged by the URL; ticked rows go to a change-set, to review or live. */
export default async function FactsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { picked, kept } = listSearch(KEYS, await props.searchParams);
  const actor = await requirePageActor("EDITOR", `/facts?${kept}`);
  const [result, sets] = await Promise.all([
    listEditorFacts({ actor, ...picked }).catch((error) => {
      if (error instanceof AppError && error.code === "INVALID") return error;
      throw error;
    }),
    listChangeSets({ actor, states: ["OPEN", "CHANGES_REQUESTED", "HELD"] }),
  ]);
  const value = (key: (typeof KEYS)[number]) => (typeof picked[key] === "string" ? (picked[key] as string) : "");
  const reviewer = hasRole(actor, "REVIEWER");
  return (
    <>
      <h1>Facts</h1>
      <form method="get" aria-label="Filter the facts">
        <div className="row">
          <div className="field">
            <label htmlFor="relation">Relation (address, e.g. canada-mexico)</label>
            <input id="relation" name="relation" defaultValue={value("relation")} />
          </div>
          <div className="field">
            <label htmlFor="kind">Kind</label>
            <select id="kind" name="kind" defaultValue={value("kind")}>
              <option value="">Any kind</option>
              {Object.entries(KIND_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="state">State</label>
            <select id="state" name="state" defaultValue={value("state")}>
              <option value="">Any state</option>
              {Object.entries(STATE_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="flagged">Open warnings</label>
            <select id="flagged" name="flagged" defaultValue={value("flagged")}>
              <option value="">Either</option>
              <option value="yes">Flagged</option>
              <option value="no">Not flagged</option>
            </select>
          </div>
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="author">Last edited by (name contains)</label>
            <input id="author" name="author" defaultValue={value("author")} />
          </div>
          <div className="field">
            <label htmlFor="changedSince">Changed since</label>
            <input id="changedSince" name="changedSince" type="date" defaultValue={value("changedSince")} />
          </div>
          <div className="field">
            <label htmlFor="sort">Sort by</label>
            <select id="sort" name="sort" defaultValue={value("sort")}>
              <option value="changed">Last change</option>
              <option value="created">Created</option>
              <option value="relation">Relation</option>
              <option value="kind">Kind</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="order">Order</label>
            <select id="order" name="order" defaultValue={value("order")}>
              <option value="desc">Newest / Z first</option>
              <option value="asc">Oldest / A first</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="pageSize">Per page</label>
            <select id="pageSize" name="pageSize" defaultValue={value("pageSize") || "25"}>
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
            label="Act on the ticked facts"
            action={bulkFactsAction}
            buttons={[
              { value: "addToChangeSet", label: "Add to change-set" },
              { value: "submit", label: "Submit for review" },
              ...(reviewer ? [{ value: "approve", label: "Approve and publish" }] : []),
            ]}
          >
            <div className="field">
              <label htmlFor="changeSetId">Change-set</label>
              <select id="changeSetId" name="changeSetId" defaultValue="">
                <option value="">(choose one to add to)</option>
                {sets.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
          </BulkForm>
          {result.rows.length === 0 ? (
            <p>{result.total === 0 ? "No facts match these filters." : "This page is past the end of the list."}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">
                      <SelectAll form={FORM} />
                    </th>
                    <th scope="col">Statement</th>
                    <th scope="col">Relation</th>
                    <th scope="col">Kind</th>
                    <th scope="col">State</th>
                    <th scope="col">Warnings</th>
                    <th scope="col">Last edited by</th>
                    <th scope="col">Last change</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((f) => (
                    <tr key={f.id}>
                      <td>
                        <input
                          type="checkbox"
                          form={FORM}
                          name="item"
                          value={`${f.id}:${f.revisionId ?? ""}`}
                          aria-label={`Select “${excerpt(f.statement, 60)}”`}
                        />
                      </td>
                      <td>
                        <Link href={`/facts/${f.id}`}>{excerpt(f.statement, 120) || "(no statement)"}</Link>
                      </td>
                      <td>
                        <Link href={`/relations/${f.relationSlug}`}>{f.relationSlug}</Link>
                      </td>
                      <td>{KIND_LABELS[f.kind as keyof typeof KIND_LABELS] ?? f.kind}</td>
                      <td>
                        <StateBadge state={f.reviewState} />
                      </td>
                      <td>{f.openFlags > 0 ? `${f.openFlags} open` : ""}</td>
                      <td>{f.lastAuthor}</td>
                      <td className="small">{formatInstant(f.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            path="/facts"
            search={kept}
            page={result.page}
            pages={result.pages}
            total={result.total}
            noun="facts"
          />
        </>
      )}
    </>
  );
}
