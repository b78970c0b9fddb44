import { listChangeSets, listEditorFacts } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { BulkList } from "@/components/list/bulk-list";
import { InputField, SelectField } from "@/components/list/filter-fields";
import { listOrRefusal, listSearch } from "@/components/list/list-search";
import { SortFields } from "@/components/list/sort-fields";
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
const FLAGGED = [
  ["yes", "Flagged"],
  ["no", "Not flagged"],
] as const;
const SORTS = [
  ["changed", "Last change"],
  ["created", "Created"],
  ["relation", "Relation"],
  ["kind", "Kind"],
] as const;
const BUTTONS = [
  { value: "addToChangeSet", label: "Add to change-set" },
  { value: "submit", label: "Submit for review" },
  { value: "approve", label: "Approve and publish", reviewer: true },
] as const;
const HEADINGS = ["Statement", "Relation", "Kind", "State", "Warnings", "Last edited by", "Last change"];

/** Every fact, filtered, sorted and paged by the URL; ticked rows go to a change-set, to review or live. */
export default async function FactsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { picked, kept, value } = listSearch(KEYS, await props.searchParams);
  const actor = await requirePageActor("EDITOR", `/facts?${kept}`);
  const [result, sets] = await Promise.all([
    listOrRefusal(listEditorFacts({ actor, ...picked })),
    listChangeSets({ actor, states: ["OPEN", "CHANGES_REQUESTED", "HELD"] }),
  ]);
  return (
    <>
      <h1>Facts</h1>
      <form method="get" aria-label="Filter the facts">
        <div className="row">
          <InputField id="relation" label="Relation (address, e.g. canada-mexico)" value={value("relation")} />
          <SelectField id="kind" label="Kind" value={value("kind")} blank="Any kind" options={KIND_LABELS} />
          <SelectField id="state" label="State" value={value("state")} blank="Any state" options={STATE_LABELS} />
          <SelectField id="flagged" label="Open warnings" value={value("flagged")} blank="Either" options={FLAGGED} />
        </div>
        <div className="row">
          <InputField id="author" label="Last edited by (name contains)" value={value("author")} />
          <InputField id="changedSince" label="Changed since" type="date" value={value("changedSince")} />
          <SortFields ids={{ sort: "sort", order: "order", pageSize: "pageSize" }} sorts={SORTS} value={value} />
        </div>
      </form>
      <BulkList
        result={result}
        form={FORM}
        reviewer={hasRole(actor, "REVIEWER")}
        bulk={{
          label: "Act on the ticked facts",
          action: bulkFactsAction,
          buttons: BUTTONS,
          fields: (
            <SelectField
              id="changeSetId"
              label="Change-set"
              value=""
              blank="(choose one to add to)"
              options={sets.map((s) => [s.id, s.title] as const)}
            />
          ),
        }}
        headings={HEADINGS}
        row={(f) => ({
          key: f.id,
          value: `${f.id}:${f.revisionId ?? ""}`,
          label: excerpt(f.statement, 60),
          cells: (
            <>
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
            </>
          ),
        })}
        path="/facts"
        search={kept}
        noun="facts"
      />
    </>
  );
}
