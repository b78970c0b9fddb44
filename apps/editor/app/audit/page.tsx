import { AppError, listAuditLog, listUsers, ZAuditEvent } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { AuditDetails } from "@/components/list/audit-details";
import { FiltersRefused, InputField, SelectField, SubmitField } from "@/components/list/filter-fields";
import { listOrRefusal, listSearch } from "@/components/list/list-search";
import { requirePageActor } from "@/lib/auth/session";
import { excerpt, formatInstant } from "@/lib/format";
import { EVENT_LABELS, eventLabel } from "@/lib/labels";

export const metadata: Metadata = { title: "Audit log" };

const TYPES = ZAuditEvent.options.map((o) => o.shape.type.value);
const FAMILY_LABELS: Record<string, string> = {
  "fact.": "Facts",
  "relation.": "Relations",
  "change_set.": "Change-sets",
  "user.": "Accounts",
  "auth.": "Sign-ins and locks",
  "flag.": "Warnings",
};
// Whole families first ("Facts: all"), then each event.
const EVENT_CHOICES = [
  ...Object.entries(FAMILY_LABELS).map(([family, label]) => [family, `${label}: all`] as const),
  ...TYPES.map((t) => [t, EVENT_LABELS[t]] as const),
];
const FILTERS = ["type", "userId", "actorName", "factId", "relation", "relationId", "from", "to", "before"] as const;

export default async function AuditPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { picked, kept, value } = listSearch(FILTERS, await props.searchParams);
  const actor = await requirePageActor("ADMIN", `/audit?${kept}`);
  const [result, users] = await Promise.all([listOrRefusal(listAuditLog({ actor, ...picked })), listUsers({ actor })]);
  const link = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams(kept);
    params.delete("before");
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) params.delete(k);
      else params.set(k, v);
    }
    return `/audit?${params}`;
  };
  const factFilter = value("factId");
  const filteredFact =
    result instanceof AppError ? undefined : result.events.find((e) => e.fact?.id === factFilter)?.fact;

  return (
    <>
      <h1>Audit log</h1>
      <form method="get" aria-label="Filter the audit log">
        <div className="row">
          <SelectField id="type" label="Event" value={value("type")} blank="Every event" options={EVENT_CHOICES} />
          <SelectField
            id="userId"
            label="Account (by or about)"
            value={value("userId")}
            blank="Anyone"
            options={users.map((u) => [u.id, `${u.name} (${u.email})`] as const)}
          />
          <InputField id="actorName" label="Who (name contains)" type="text" value={value("actorName")} />
        </div>
        <div className="row">
          <InputField
            id="relation"
            label="Relation (address, e.g. canada-mexico)"
            type="text"
            value={value("relation")}
          />
          <InputField id="from" label="From" type="date" value={value("from")} />
          <InputField id="to" label="To" type="date" value={value("to")} />
          {factFilter && <input type="hidden" name="factId" value={factFilter} />}
          <SubmitField label="Filter" />
        </div>
      </form>
      {factFilter && (
        <p>
          Events of the fact{" "}
          {filteredFact?.title ? (
            <Link href={`/facts/${factFilter}`}>“{excerpt(filteredFact.title, 100)}”</Link>
          ) : (
            "chosen"
          )}{" "}
          · <Link href={link({ factId: null })}>Show every fact</Link>
        </p>
      )}
      {result instanceof AppError ? (
        <FiltersRefused message={result.message} />
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">About</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {result.events.map((e) => (
                  <tr key={e.id}>
                    <td className="small">{formatInstant(e.at)}</td>
                    <td>{e.actorId ? <Link href={link({ userId: e.actorId })}>{e.actorName}</Link> : e.actorName}</td>
                    <td>
                      {eventLabel(e.type)}{" "}
                      <Link className="small" href={link({ type: e.type })} aria-label={`Only “${eventLabel(e.type)}”`}>
                        (only these)
                      </Link>
                    </td>
                    <td className="small">
                      {e.fact && (
                        <div>
                          Fact{" "}
                          {e.fact.deleted || !e.fact.title ? (
                            "(deleted)"
                          ) : (
                            <Link href={`/facts/${e.fact.id}`}>“{excerpt(e.fact.title, 90)}”</Link>
                          )}{" "}
                          · <Link href={link({ factId: e.fact.id })}>its events</Link>
                        </div>
                      )}
                      {e.relation && (
                        <div>
                          <Link href={`/relations/${e.relation.slug}`}>{e.relation.name}</Link> ·{" "}
                          <Link href={link({ relation: e.relation.slug, relationId: null })}>its events</Link>
                        </div>
                      )}
                      {e.changeSet && (
                        <div>
                          Change-set{" "}
                          <Link href={`/change-sets/${e.changeSet.id}`}>{e.changeSet.title ?? "(gone)"}</Link>
                        </div>
                      )}
                      {e.user && (
                        <div>
                          Account <Link href={link({ userId: e.user.id })}>{e.user.name ?? "(deleted)"}</Link>
                        </div>
                      )}
                    </td>
                    <td className="small diff-value">
                      <AuditDetails payload={e.payload} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.events.length === 0 && <p>No events match these filters.</p>}
          <p>
            {value("before") && <Link href={link({ before: null })}>Newest events</Link>}{" "}
            {result.nextBefore && <Link href={link({ before: result.nextBefore })}>Older events</Link>}
          </p>
        </>
      )}
    </>
  );
}
