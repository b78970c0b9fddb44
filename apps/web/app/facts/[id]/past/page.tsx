import { factAsOf, parseAsOf } from "@dyad/db";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AsOfBanner } from "../../../../components/as-of-banner";
import { FactBody } from "../../../../components/fact-body";
import { FactHistory } from "../../../../components/fact-history";
import { factTitle, loadFact } from "../../../../lib/fact-data";
import { firstParam, formatDay } from "../../../../lib/format";
import { pageMetadata } from "../../../../lib/metadata";
import { routes } from "../../../../lib/routes";

// `/facts/<id>?asOf=<instant>` (rewritten here by next.config.ts): the version public then,
// worked out from the cached publication log, so no view queries the database.
interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
}

async function load(props: Props) {
  const fact = await loadFact(props.params);
  const raw = firstParam((await props.searchParams).asOf)?.trim();
  if (!raw) redirect(routes.fact(fact.factId));
  let at: Date;
  try {
    at = parseAsOf(raw);
  } catch {
    notFound();
  }
  return { fact, asOf: at.toISOString(), ...factAsOf(fact, at) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { fact, asOf, revision } = await load(props);
  return pageMetadata({
    title: `${factTitle(fact)} (as of ${formatDay(asOf)})`,
    description: revision?.statement.slice(0, 300) ?? `${fact.relation.name}: a fact as of ${formatDay(asOf)}`,
    path: routes.fact(fact.factId, asOf),
    type: "article",
    noindex: true,
  });
}

export default async function PastFactPage(props: Props) {
  const { fact, asOf, revision, position } = await load(props);
  return (
    <article>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> ›{" "}
        <a href={`${routes.relation(fact.relation.slug, asOf)}#fact-${fact.factId}`}>{fact.relation.name}</a>
      </nav>
      <h1>{factTitle(fact)}</h1>
      <AsOfBanner
        asOf={asOf}
        position={position}
        subject="this fact"
        href={(version) => routes.fact(fact.factId, version)}
        currentHref={routes.fact(fact.factId)}
      />
      {revision ? (
        <FactBody revision={revision} />
      ) : (
        <p className="notice">This fact was not on the public site at that time.</p>
      )}
      <FactHistory fact={fact} />
    </article>
  );
}
