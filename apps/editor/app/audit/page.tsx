import { AppError, listAuditLog, ZAuditEvent } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "../../lib/auth/session";
import { formatInstant } from "../../lib/format";
import { EVENT_LABELS } from "../../lib/labels";

export const metadata: Metadata = { title: "Audit log" };

const TYPES = ZAuditEvent.options.map((o) => o.shape.type.value);
const FAMILIES = [...new Set(TYPES.map((t) => `${t.split(".")[0]}.`))];
const FILTERS = ["type", "actorName", "factId", "relationId", "from", "to", "before"] as const;

type Search = Partial<Record<(typeof FILTERS)[number], string | string[]>>;

export default async function AuditPage(props: { searchParams: Promise<Search> }) {
  const search = await props.searchParams;
  const filter = Object.fromEntries(
    FILTERS.map((k) => [k, typeof search[k] === "string" ? (search[k] as string) : undefined]),
  ) as Record<(typeof FILTERS)[number], string | undefined>;
  const actor = await requirePageActor("ADMIN", "/audit");
  const result = await listAuditLog({ actor, ...filter }).catch((error) => {
    if (error instanceof AppError && error.code === "INVALID") return error;
    throw error;
  });
  const next = new URLSearchParams(
    Object.entries(filter).filter(([k, v]) => v && k !== "before") as [string, string][],
  );
  if (!(result instanceof AppError) && result.nextBefore) next.set("before", result.nextBefore);

  return (
    <>
      <h1>Audit log</h1>
      <form method="get" aria-label="Filter the audit log">
        <div className="row">
          <div className="field">
            <label htmlFor="type">What</label>
            <select id="type" name="type" defaultValue={filter.type ?? ""}>
              <option value="">Everything</option>
              {FAMILIES.map((f) => (
                <option key={f} value={f}>
                  All {f.slice(0, -1)} events
                </option>
              ))}
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="actorName">Who (name contains)</label>
            <input id="actorName" name="actorName" type="text" defaultValue={filter.actorName} />
          </div>
          <div className="field">
            <label htmlFor="from">From</label>
            <input id="from" name="from" type="date" defaultValue={filter.from} />
          </div>
          <div className="field">
            <label htmlFor="to">To</label>
            <input id="to" name="to" type="date" defaultValue={filter.to} />
          </div>
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="factId">Fact id</label>
            <input id="factId" name="factId" type="text" defaultValue={filter.factId} />
          </div>
          <div className="field">
            <label htmlFor="relationId">Relation id</label>
            <input id="relationId" name="relationId" type="text" defaultValue={filter.relationId} />
          </div>
          <div className="field" style={{ flex: "0 0 auto" }}>
            <button type="submit">Filter</button>
          </div>
        </div>
      </form>
      {result instanceof AppError ? (
        <p className="notice error" role="alert">
          {result.message}
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
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {result.events.map((e) => (
                  <tr key={e.id}>
                    <td className="small">{formatInstant(e.at)}</td>
                    <td>{e.actorName}</td>
                    <td>
                      {EVENT_LABELS[e.type] ?? e.type}
                      <div className="small muted">{e.type}</div>
                    </td>
                    <td className="small diff-value">
                      {e.factId && <Link href={`/facts/${e.factId}`}>fact</Link>}
                      {e.factId && " "}
                      {Object.entries(e.payload)
                        .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
                        .join("; ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.events.length === 0 && <p>No events match.</p>}
          {result.nextBefore && (
            <p>
              <Link href={`/audit?${next}`}>Older events</Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
