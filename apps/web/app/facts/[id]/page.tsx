import type { Metadata } from "next";
import { FactBody } from "@/components/fact-body";
import { CompareForm, FactHistory, RedactionNotice } from "@/components/fact-history";
import { TimeControl } from "@/components/time-control";
import { factTitle, loadFact, shownRevision } from "@/lib/fact-data";
import { formatInstant } from "@/lib/format";
import { JsonLd } from "@/lib/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { breadcrumbJsonLd, factJsonLd } from "@/lib/structured-data";

// Statically regenerated like the relation page, under the fact's tag. `?asOf=` and `?on=` go to ./past.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ id: string }[]> {
  return [];
}

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const fact = await loadFact(props.params);
  const shown = shownRevision(fact);
  return pageMetadata({
    title: `${factTitle(fact)} · ${fact.relation.name}`,
    description: shown?.statement.slice(0, 300) ?? fact.relation.name,
    path: routes.fact(fact.factId),
    type: "article",
    modifiedTime: fact.publications.at(-1)?.at,
    noindex: !fact.current,
  });
}

export default async function FactPage(props: Props) {
  const fact = await loadFact(props.params);
  const shown = shownRevision(fact);
  const lastChange = fact.publications.at(-1);
  return (
    <article>
      {shown && <JsonLd data={factJsonLd(fact, shown)} />}
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Dyad", path: routes.home() },
          { name: fact.relation.name, path: routes.relation(fact.relation.slug) },
          { name: factTitle(fact), path: routes.fact(fact.factId) },
        ])}
      />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> ›{" "}
        <a href={`${routes.relation(fact.relation.slug)}#fact-${fact.factId}`}>{fact.relation.name}</a>
      </nav>
      <h1>{factTitle(fact)}</h1>
      {fact.current && lastChange ? (
        <p className="meta">
          Version {fact.current.number}, published <time dateTime={lastChange.at}>{formatInstant(lastChange.at)}</time>
        </p>
      ) : (
        <p className="notice">
          This fact was withdrawn from the public site
          {lastChange && (
            <>
              {" "}
              on <time dateTime={lastChange.at}>{formatInstant(lastChange.at)}</time>
            </>
          )}
          .{shown && " Below is the last version that was public."}
        </p>
      )}
      {fact.redactions.length > 0 && <RedactionNotice redactions={fact.redactions} />}
      <TimeControl action={routes.fact(fact.factId)} />
      {shown && <FactBody revision={shown} />}
      <FactHistory fact={fact} />
      <CompareForm fact={fact} />
    </article>
  );
}
