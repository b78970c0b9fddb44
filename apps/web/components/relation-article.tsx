import {
  groupBySentence,
  type RelationPage,
  type RevisionView,
  SECTION_TITLES,
  SECTIONS,
  tradeFigures,
} from "@dyad/db";
import type { ReactNode } from "react";
import { formatDay, plural } from "../lib/format";
import { routes } from "../lib/routes";
import { onPhrase } from "../lib/time-params";
import { numberSources, SourceList } from "./citations";
import { FactItem, SentenceItem } from "./fact-item";
import { RelatedLinks } from "./related-links";
import { Timeline } from "./timeline";
import { TradeSection } from "./trade-section";

/**
 * A relation page's article: facts in their sections with numbered citations, the trade chart
 * in the economy section, the timeline and the sources. The same for the current page and an
 * "as of" view (`asOf` set, `banner` marking it).
 */
export function RelationArticle({
  page,
  asOf = null,
  on = null,
  banner,
}: {
  page: RelationPage;
  asOf?: string | null;
  /** Valid time: the facts were filtered to those true then (the wording says so). */
  on?: string | null;
  banner?: ReactNode;
}) {
  const { relation, facts } = page;
  const sections = SECTIONS.map((section) => ({ section, facts: facts.filter((f) => f.section === section) })).filter(
    (s) => s.facts.length > 0,
  );
  const inPageOrder = sections.flatMap((s) => s.facts);
  const { numbers, sources, citedBy } = numberSources(inPageOrder);
  const trade = tradeFigures(facts);
  const dated = facts.some((f) => f.validTime.start);
  const [a, b] = relation.countries;

  return (
    <article className="relation">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routes.home()}>Home</a> › {a && <a href={routes.country(a.slug)}>{a.name}</a>} ·{" "}
        {b && <a href={routes.country(b.slug)}>{b.name}</a>}
      </nav>
      <h1>{relation.name}</h1>
      {banner}
      {relation.summary && <p className="lead">{relation.summary}</p>}
      <p className="meta">
        {on ? `${plural(facts.length, "fact")} true ${onPhrase(on)}` : plural(facts.length, "published fact")}
        {page.lastPublishedAt && (
          <>
            {" "}
            · Last updated <time dateTime={page.lastPublishedAt}>{formatDay(page.lastPublishedAt)}</time>
          </>
        )}{" "}
        · <a href={routes.relationHistory(relation.slug)}>History of changes</a> ·{" "}
        {asOf ? (
          // A reader who comes with a date (a bookmark, a citation): what changed since then.
          <a href={routes.relationChanges(relation.slug, asOf)}>Changed since {formatDay(asOf)}</a>
        ) : (
          <a href={routes.relationChanges(relation.slug)}>Latest changes</a>
        )}{" "}
        ·{" "}
        <a href={routes.relationFeed(relation.slug)} type="application/atom+xml">
          Atom feed
        </a>
      </p>
      {sections.length > 0 && (
        <nav aria-label="On this page" className="toc">
          <ul className="flat-list">
            {sections.map((s) => (
              <li key={s.section}>
                <a href={`#section-${s.section}`}>{SECTION_TITLES[s.section]}</a>
              </li>
            ))}
            {dated && (
              <li>
                <a href="#timeline">Timeline</a>
              </li>
            )}
            {sources.length > 0 && (
              <li>
                <a href="#sources">Sources</a>
              </li>
            )}
          </ul>
        </nav>
      )}
      {sections.map(({ section, facts: inSection }) => (
        <section key={section} aria-labelledby={`section-${section}`}>
          <h2 id={`section-${section}`}>{SECTION_TITLES[section]}</h2>
          {section === "economy" && <TradeSection figures={trade} level={3} />}
          <FactList facts={inSection} numbers={numbers} asOf={asOf} />
        </section>
      ))}
      {!sections.some((s) => s.section === "economy") && <TradeSection figures={trade} level={2} />}
      {facts.length === 0 &&
        (on ? (
          <p>No published fact of this relation held {onPhrase(on)}.</p>
        ) : (
          <p>No facts are published for this relation{asOf ? " at that time" : ""}.</p>
        ))}
      <RelatedLinks links={relation.relatedLinks} />
      <Timeline facts={facts} />
      <SourceList sources={sources} citedBy={citedBy} />
    </article>
  );
}

/** Each sentence once: a sentence holding several claims lists them under it (groupBySentence). */
function FactList({
  facts,
  numbers,
  asOf,
}: {
  facts: RevisionView[];
  numbers: Map<string, number>;
  asOf: string | null;
}) {
  return (
    <ul className="facts">
      {groupBySentence(facts).map(({ statement, claims: [first, ...more] }) =>
        !first ? null : more.length === 0 ? (
          <FactItem key={first.factId} fact={first} numbers={numbers} asOf={asOf} />
        ) : (
          <SentenceItem
            key={first.factId}
            statement={statement}
            claims={[first, ...more]}
            numbers={numbers}
            asOf={asOf}
          />
        ),
      )}
    </ul>
  );
}
