import { factAsOf, formatValidTime, heldOn, type VersionPosition } from "@dyad/db";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AsOfBanner } from "@/components/as-of-banner";
import { FactBody } from "@/components/fact-body";
import { FactHistory } from "@/components/fact-history";
import { TimeControl } from "@/components/time-control";
import { factTitle, loadFact, shownRevision } from "@/lib/fact-data";
import { formatDay } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { onPhrase, readTimeParams } from "@/lib/time-params";

// `/facts/<id>?asOf=<instant>&on=<date>` (rewritten here by next.config.ts): `asOf` shows the
// version public then, worked out from the cached publication log, so no view queries the
// database; `on` says whether that version held on the date (valid time).
interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ asOf?: string | string[]; on?: string | string[] }>;
}

async function load(props: Props) {
  const fact = await loadFact(props.params);
  const time = await readTimeParams(props.searchParams);
  if (!time.error && !time.asOf && !time.on) redirect(routes.fact(fact.factId));
  let revision = shownRevision(fact) ?? null;
  let position: VersionPosition | null = null;
  if (time.asOf) ({ revision, position } = factAsOf(fact, new Date(time.asOf)));
  return { fact, time, revision, position };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { fact, time, revision } = await load(props);
  const when = [time.on && `true ${onPhrase(time.on)}?`, time.asOf && `as of ${formatDay(time.asOf)}`]
    .filter(Boolean)
    .join(", ");
  return pageMetadata({
    title: `${factTitle(fact)} (${when || "date not understood"})`,
    description: revision?.statement.slice(0, 300) ?? `${fact.relation.name}: a fact`,
    path: routes.fact(fact.factId, time.asOf, time.on),
    type: "article",
    noindex: true,
  });
}

export default async function PastFactPage(props: Props) {
  const { fact, time, revision, position } = await load(props);
  return (
    <article>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> ›{" "}
        <a href={`${routes.relation(fact.relation.slug, time.asOf, time.on)}#fact-${fact.factId}`}>
          {fact.relation.name}
        </a>
      </nav>
      <h1>{factTitle(fact)}</h1>
      {time.asOf && position && (
        <AsOfBanner
          asOf={time.asOf}
          position={position}
          subject="this fact"
          href={(version) => routes.fact(fact.factId, version, time.on)}
          currentHref={routes.fact(fact.factId, null, time.on)}
        />
      )}
      {time.on && revision && !time.error && (
        <div className="banner valid-on">
          <p>
            <strong>
              {heldOn(revision.validTime, time.on)
                ? `This fact held ${onPhrase(time.on)}.`
                : `This fact did not hold ${onPhrase(time.on)}.`}
            </strong>{" "}
            {revision.validTime.start || revision.validTime.end
              ? `It is dated ${formatValidTime(revision.validTime)}.`
              : "It has no date."}
          </p>
        </div>
      )}
      <TimeControl action={routes.fact(fact.factId)} time={time} />
      {time.error ? null : revision ? (
        <FactBody revision={revision} />
      ) : (
        <p className="notice">This fact was not on the public site at that time.</p>
      )}
      <FactHistory fact={fact} />
    </article>
  );
}
