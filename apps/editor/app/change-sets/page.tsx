import { getWorkingCopy, listChangeSetPage } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { OpenChangeSetForm } from "@/components/change-sets/open-change-set-form";
import { BulkList } from "@/components/list/bulk-list";
import { InputField, SelectField } from "@/components/list/filter-fields";
import { listOrRefusal, listSearch } from "@/components/list/list-search";
import { SortFields } from "@/components/list/sort-fields";
import { hasRole, requirePageActor } from "@/lib/auth/session";
import { formatInstant } from "@/lib/format";
import { CHANGE_SET_STATE_LABELS } from "@/lib/labels";
import { bulkChangeSetsAction } from "./bulk-actions";

export const metadata: Metadata = { title: "Change-sets" };

const KEYS = ["state", "relation", "author", "changedSince", "sort", "order", "page", "pageSize"] as const;
const FORM = "bulk-change-sets";
const SORTS = [
  ["changed", "Last change"],
  ["created", "Opened"],
  ["title", "Title"],
] as const;
const BULK = {
  label: "Act on the ticked change-sets",
  action: bulkChangeSetsAction,
  buttons: [
    { value: "submit", label: "Submit for review" },
    { value: "approve", label: "Approve", reviewer: true },
  ],
} as const;
const HEADINGS = ["Title", "State", "Changes", "By", "Last change"];

export default async function ChangeSetsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { picked, kept, value } = listSearch(KEYS, await props.searchParams);
  const actor = await requirePageActor("EDITOR", `/change-sets?${kept}`);
  const result = await listOrRefusal(listChangeSetPage({ actor, ...picked }));
  // A title and description typed before (a reload, a crash) and not opened yet.
  const opening = await getWorkingCopy({ form: "OPEN_CHANGE_SET", actor });
  return (
    <>
      <h1>Change-sets</h1>
      <p className="muted">
        Edits to many facts and summaries, reviewed together and published at one instant, now or at a set time.
      </p>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Open a change-set</h2>
        <OpenChangeSetForm
          restored={opening && "title" in opening.content ? { ...opening.content, savedAt: opening.savedAt } : null}
        />
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">All change-sets</h2>
        <p className="small">
          <Link href="/change-sets?state=SUBMITTED&order=asc">Waiting for review, oldest first</Link>
        </p>
        <form method="get" aria-label="Filter the change-sets">
          <div className="row">
            <SelectField
              id="cs-state"
              name="state"
              label="State"
              value={value("state")}
              blank="Any state"
              options={CHANGE_SET_STATE_LABELS}
            />
            <InputField id="cs-relation" name="relation" label="Touches relation (address)" value={value("relation")} />
            <InputField id="cs-author" name="author" label="Opened by (name contains)" value={value("author")} />
            <InputField
              id="cs-since"
              name="changedSince"
              label="Changed since"
              type="date"
              value={value("changedSince")}
            />
          </div>
          <div className="row">
            <SortFields ids={{ sort: "cs-sort", order: "cs-order", pageSize: "cs-size" }} sorts={SORTS} value={value} />
          </div>
        </form>
        <BulkList
          result={result}
          form={FORM}
          reviewer={hasRole(actor, "REVIEWER")}
          bulk={BULK}
          headings={HEADINGS}
          row={(s) => ({
            key: s.id,
            value: s.id,
            label: s.title,
            cells: (
              <>
                <td>
                  <Link href={`/change-sets/${s.id}`}>{s.title}</Link>
                </td>
                <td>{CHANGE_SET_STATE_LABELS[s.state]}</td>
                <td>{s.changes}</td>
                <td>{s.authorName}</td>
                <td>{formatInstant(s.updatedAt.toISOString())}</td>
              </>
            ),
          })}
          path="/change-sets"
          search={kept}
          noun="change-sets"
        />
      </section>
    </>
  );
}
