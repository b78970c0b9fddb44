import { AppError, listAuditLog, listUsers, ZAuditEvent } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { AuditDetails } from "@/components/list/audit-details";
import { listSearch } from "@/components/list/pager";
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
const FILTERS = ["type", "userId", "actorName", "factId", "relation", "relationId", "from", "to", "before"] as const;

export default async function AuditPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { picked, kept } = listSearch(FILTERS, await props.searchParams);
  const actor = await requirePageActor("ADMIN", `/audit?${kept}`);
  const [result, users] = await Promise.all([
    listAuditLog({ actor, ...picked }).catch((error) => {
      if (error instanceof AppError && error.code === "INVALID") return error;
      throw error;
    }),
    listUsers({ actor }),
  ]);
  const value = (key: (typeof FILTERS)[number]) => (typeof picked[key] === "string" ? (picked[key] as string) : "");
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
          <div className="field">
            <label htmlFor="type">Event</label>
            <select id="type" name="type" defaultValue={value("type")}>
              <option value="">Every event</option>
              {Object.entries(FAMILY_LABELS).map(([family, label]) => (
                <option key={family} value={family}>
                  {label}: all
                </option>
              ))}
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {EVENT_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="userId">Account (by or about)</label>
            <select id="userId" name="userId" defaultValue={value("userId")}>
              <option value="">Anyone</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="actorName">Who (name contains)</label>
            <input id="actorName" name="actorName" type="text" defaultValue={value("actorName")} />
          </div>
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="relation">Relation (address, e.g. canada-mexico)</label>
            <input id="relation" name="relation" type="text" defaultValue={value("relation")} />
          </div>
          <div className="field">
            <label htmlFor="from">From</label>
            <input id="from" name="from" type="date" defaultValue={value("from")} />
          </div>
          <div className="field">
            <label htmlFor="to">To</label>
            <input id="to" name="to" type="date" defaultValue={value("to")} />
          </div>
          {factFilter && <input type="hidden" name="factId" value={factFilter} />}
          <div className="field" style={{ flex: "0 0 auto" }}>
            <button type="submit">Filter</button>
          </div>
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
        <p className="notice error" role="alert">
          Check the filters: {result.message}
        </p>
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
