import { AppError, getRelationForEditor, SECTIONS } from "@dyad/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicLink } from "@/components/public-link";
import { StateBadge } from "@/components/state-badge";
import { SummaryForm } from "@/components/summary-form";
import { hasRole, requirePageActor } from "@/lib/auth/session";
import { excerpt } from "@/lib/format";
import { KIND_LABELS, SECTION_LABELS } from "@/lib/labels";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await props.params).slug };
}

export default async function RelationPage(props: Props) {
  const { slug } = await props.params;
  const actor = await requirePageActor("EDITOR", `/relations/${slug}`);
  const relation = await getRelationForEditor({ slug, actor }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <p className="small">
        <Link href="/relations">All relations</Link>
      </p>
      <h1>{relation.name}</h1>
      <p className="muted">
        {relation.facts.length} fact{relation.facts.length === 1 ? "" : "s"} ·{" "}
        <PublicLink path={`/relations/${relation.slug}`}>the public page</PublicLink>
      </p>
      <div className="actions">
        <Link className="button" href={`/relations/${relation.slug}/new`}>
          New fact
        </Link>
      </div>
      <h2>Summary</h2>
      {hasRole(actor, "REVIEWER") ? (
        <SummaryForm relationId={relation.id} slug={relation.slug} summary={relation.summary} />
      ) : (
        <>
          <p>{relation.summary || <span className="muted">No summary yet.</span>}</p>
          <p className="small muted">The summary is public as soon as it is saved, so reviewers edit it.</p>
        </>
      )}
      {SECTIONS.map((section) => {
        const facts = relation.facts.filter((f) => f.section === section);
        if (facts.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`section-${section}`}>
            <h2 id={`section-${section}`}>{SECTION_LABELS[section]}</h2>
            <ul className="plain">
              {facts.map((f) => (
                <li key={f.id}>
                  <Link href={`/facts/${f.id}`}>{excerpt(f.statement, 220)}</Link>
                  <div className="small muted">
                    <StateBadge state={f.reviewState} /> {KIND_LABELS[f.kind]}
                    {f.isPublic && !f.draftIsPublic && " · an older revision is public"}
                    {f.openFlags > 0 && ` · ${f.openFlags} warning${f.openFlags === 1 ? "" : "s"}`} · revision{" "}
                    {f.revisionNumber} by {f.lastAuthor}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {relation.facts.length === 0 && <p>No facts yet.</p>}
    </>
  );
}
