import { listRelations } from "@dyad/db";
import Link from "next/link";
import { connection } from "next/server";

export default async function HomePage() {
  await connection();
  const relations = await listRelations({ limit: 50 });
  return (
    <>
      <h1>Relations between countries</h1>
      <p className="muted">Recently updated relations.</p>
      <ul>
        {relations.map((r) => (
          <li key={r.id}>
            <Link href={`/relations/${r.slug}`}>{r.name}</Link>{" "}
            <span className="muted">({r.publishedFacts} facts)</span>
          </li>
        ))}
      </ul>
    </>
  );
}
