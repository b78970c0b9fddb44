import { searchRelations } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { CreateRelationForm } from "@/components/create-relation-form";
import { requirePageActor } from "@/lib/auth/session";
import { COUNTRY_OPTIONS } from "@/lib/countries";
import { formatInstant } from "@/lib/format";

export const metadata: Metadata = { title: "Relations" };

export default async function RelationsPage(props: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await props.searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const actor = await requirePageActor("EDITOR", `/relations${query ? `?q=${encodeURIComponent(query)}` : ""}`);
  const relations = await searchRelations({ query, actor, limit: 200 });
  return (
    <>
      <h1>Relations</h1>
      <search>
        <form method="get" className="row">
          <div className="field">
            <label htmlFor="q">Find a relation</label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={query}
              placeholder="A country, e.g. Canada or Canadian"
            />
          </div>
          <div className="field" style={{ flex: "0 0 auto" }}>
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
      <p className="muted" role="status">
        {relations.length} relation{relations.length === 1 ? "" : "s"}
        {query ? ` matching “${query}”` : ""}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Relation</th>
              <th scope="col">Published</th>
              <th scope="col">Drafts</th>
              <th scope="col">Submitted</th>
              <th scope="col">Rejected</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {relations.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/relations/${r.slug}`}>{r.name}</Link>
                </td>
                <td>{r.counts.PUBLISHED}</td>
                <td>{r.counts.DRAFT}</td>
                <td>{r.counts.SUBMITTED}</td>
                <td>{r.counts.REJECTED}</td>
                <td className="small">{formatInstant(r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>New relation</h2>
      <CreateRelationForm countries={COUNTRY_OPTIONS} />
    </>
  );
}
