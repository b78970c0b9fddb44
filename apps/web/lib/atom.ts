import { type FactSetChanges, formatValidTime, type PublicChange, type RevisionView, timelineLabel } from "@dyad/db";
import { textResponse } from "./api/respond";
import { routes } from "./routes";

const xmlEscape = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
// XML 1.0 refuses most control characters even escaped; a statement should not hold any.
const clean = (text: string) =>
  xmlEscape(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""));

const VERB = {
  published: "Published",
  updated: "Updated",
  withdrawn: "Withdrawn",
  redacted: "Text withdrawn",
} as const;

/**
 * An Atom 1.0 feed (RFC 4287) of changes from the publication log. Entry ids are permanent:
 * a publication is never edited, so a reader never sees one entry twice. A change-set's publish
 * (or revert) is one entry naming each fact it changed.
 */
export function atomFeed(options: {
  title: string;
  selfUrl: string;
  pageUrl: string;
  base: URL;
  entries: PublicChange[];
}): string {
  const { base, entries } = options;
  const updated = entries[0]?.at ?? new Date(0).toISOString();
  const url = (path: string) => clean(new URL(path, base).toString());
  const sets = new Map<string, PublicChange[]>();
  const singles: PublicChange[] = [];
  for (const e of entries) {
    if (!e.changeSet) singles.push(e);
    else {
      const key = `${e.changeSet.id}:${e.changeSet.action}`;
      sets.set(key, [...(sets.get(key) ?? []), e]);
    }
  }
  const bySentence = oncePerSentence(singles).map(({ entry: e, others }) => {
    const shown = e.revision ?? e.previous;
    const labels = [e, ...others].map((o) => {
      const r = o.revision ?? o.previous;
      return r ? timelineLabel(r) : "a fact";
    });
    const title = `${VERB[e.type]}: ${labels.join("; ")} (${e.relation.name})`;
    const when = shown ? formatValidTime(shown.validTime) : "";
    const text =
      e.type === "redacted"
        ? "This version's text was withdrawn from public view; the fact's page says by whom, when and why."
        : e.type === "withdrawn"
          ? `Withdrawn from the public site. It read: ${shown?.statement ?? ""}`
          : `${when ? `${when}: ` : ""}${shown?.statement ?? ""}${e.previous && e.type === "updated" ? `\n\nIt read before: ${e.previous.statement}` : ""}`;
    const xml = `  <entry>
    <id>${url(`${routes.fact(e.factId)}#publication-${e.id}`)}</id>
    <title>${clean(title)}</title>
    <updated>${e.at}</updated>
    <link rel="alternate" type="text/html" href="${url(routes.fact(e.factId, e.version))}"/>
    <category term="${clean(e.relation.slug)}" label="${clean(e.relation.name)}"/>
    <content type="text">${clean(text)}</content>
  </entry>`;
    return { at: e.at, xml };
  });
  const items = [...bySentence, ...[...sets.values()].map((group) => changeSetEntry(group, url))]
    .sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0))
    .map((item) => item.xml);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${clean(options.selfUrl)}</id>
  <title>${clean(options.title)}</title>
  <updated>${updated}</updated>
  <author><name>Dyad</name></author>
  <link rel="self" type="application/atom+xml" href="${clean(options.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${clean(options.pageUrl)}"/>
${items.join("\n")}
</feed>
`;
}

/** A change-set's publish (or revert): one entry, each fact a line, linking the relation. */
function changeSetEntry(group: PublicChange[], url: (path: string) => string) {
  const first = group[0] as PublicChange & { changeSet: NonNullable<PublicChange["changeSet"]> };
  const { id, title, action } = first.changeSet;
  const relations = [...new Map(group.map((e) => [e.relation.slug, e.relation])).values()];
  const lines = group.map((e) => {
    const shown = e.revision ?? e.previous;
    return `${VERB[e.type]}: ${e.type === "redacted" ? "a fact whose text was withdrawn" : (shown?.statement ?? "a fact")}`;
  });
  const count = `${group.length} fact${group.length === 1 ? "" : "s"}`;
  const names = relations.map((r) => r.name).join(", ");
  const xml = `  <entry>
    <id>${clean(`urn:dyad:change-set:${id}:${action}`)}</id>
    <title>${clean(`Change-set ${action}: ${title} (${count}, ${names})`)}</title>
    <updated>${first.at}</updated>
    <link rel="alternate" type="text/html" href="${url(relations.length === 1 ? routes.relation((relations[0] as { slug: string }).slug) : "/")}"/>
${relations.map((r) => `    <category term="${clean(r.slug)}" label="${clean(r.name)}"/>`).join("\n")}
    <content type="text">${clean(`All at one instant:\n${lines.join("\n")}`)}</content>
  </entry>`;
  return { at: first.at, xml };
}

/**
 * One entry per sentence: the facts read from one sentence, changed the same way, are one entry
 * (the newest, whose id stays permanent) naming each claim, so no sentence appears twice.
 */
function oncePerSentence(entries: PublicChange[]) {
  const kept = new Map<string, { entry: PublicChange; others: PublicChange[] }>();
  for (const e of entries) {
    const shown = e.revision ?? e.previous;
    const key = `${e.type}\u0000${e.relation.slug}\u0000${shown?.statement.trim() ?? e.id}`;
    const first = kept.get(key);
    if (first) first.others.push(e);
    else kept.set(key, { entry: e, others: [] });
  }
  return [...kept.values()];
}

/** A feed with its ETag and, from its newest entry, Last-Modified. */
export const atomResponse = (request: Request, xml: string, lastModified?: string) =>
  textResponse(request, xml, "application/atom+xml; charset=utf-8", lastModified);

/**
 * An Atom feed of what changed in a relation between two instants (its changes page): one entry
 * per fact added, changed or withdrawn, each with a permanent id (the fact and the revision it
 * moved to, or its withdrawal after the one it last showed).
 */
export function relationChangesFeed(options: {
  title: string;
  selfUrl: string;
  pageUrl: string;
  base: URL;
  updated: string;
  changes: FactSetChanges<RevisionView>;
}): string {
  const { base, changes } = options;
  const url = (path: string) => clean(new URL(path, base).toString());
  const entry = (id: string, title: string, href: string, text: string) => `  <entry>
    <id>${url(id)}</id>
    <title>${clean(title)}</title>
    <updated>${options.updated}</updated>
    <link rel="alternate" type="text/html" href="${url(href)}"/>
    <content type="text">${clean(text)}</content>
  </entry>`;
  const items = [
    ...changes.added.map((f) =>
      entry(
        `${routes.fact(f.factId)}#revision-${f.revisionId}`,
        `Added: ${timelineLabel(f)}`,
        routes.fact(f.factId),
        f.statement,
      ),
    ),
    ...changes.changed.map(({ before, after }) =>
      entry(
        `${routes.fact(after.factId)}#revision-${after.revisionId}`,
        `Changed: ${timelineLabel(after)}`,
        routes.compare(after.factId, before.number, after.number),
        `${after.statement}\n\nIt read before: ${before.statement}`,
      ),
    ),
    ...changes.withdrawn.map((f) =>
      entry(
        `${routes.fact(f.factId)}#withdrawn-after-${f.revisionId}`,
        `Withdrawn: ${timelineLabel(f)}`,
        routes.fact(f.factId),
        `Withdrawn from the public site. It read: ${f.statement}`,
      ),
    ),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${clean(options.selfUrl)}</id>
  <title>${clean(options.title)}</title>
  <updated>${options.updated}</updated>
  <author><name>Dyad</name></author>
  <link rel="self" type="application/atom+xml" href="${clean(options.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${clean(options.pageUrl)}"/>
${items.join("\n")}
</feed>
`;
}
