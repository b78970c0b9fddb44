import {
  type FactSetChanges,
  formatValidTime,
  type PublicChange,
  type PublicChangeGroup,
  type RevisionView,
  timelineLabel,
} from "@dyad/db";
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
 * An Atom 1.0 feed (RFC 4287) of changes from the publication log, one entry per publish. Entry
 * ids are permanent: a publication is never edited, so a reader never sees one entry twice. A
 * change-set's publish (or revert) is one entry: its title, its description and each fact it
 * changed, linked.
 */
export function atomFeed(options: {
  title: string;
  selfUrl: string;
  pageUrl: string;
  base: URL;
  groups: PublicChangeGroup[];
}): string {
  const { base, groups } = options;
  const updated = groups[0]?.at ?? new Date(0).toISOString();
  const url = (path: string) => clean(new URL(path, base).toString());
  const singles = groups.filter((g) => !g.changeSet).flatMap((g) => g.changes);
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
  const sets = groups.filter((g) => g.changeSet).map((g) => changeSetEntry(g, url));
  const items = [...bySentence, ...sets]
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

/**
 * A change-set's publish (or revert): one entry whose content (HTML) gives its description and
 * each fact it changed, linked to the fact's page; the entry links the relation as of then.
 */
function changeSetEntry(group: PublicChangeGroup, url: (path: string) => string) {
  const { id, title, description, action } = group.changeSet as NonNullable<PublicChangeGroup["changeSet"]>;
  const { relations, changes } = group;
  const count = `${changes.length} fact${changes.length === 1 ? "" : "s"}`;
  const names = relations.map((r) => r.name).join(", ");
  const line = (e: PublicChange) => {
    const shown = e.revision ?? e.previous;
    const text = e.type === "redacted" ? "a fact whose text was withdrawn" : (shown?.statement ?? "a fact");
    const where = relations.length > 1 ? ` (${xmlEscape(e.relation.name)})` : "";
    return `<li>${VERB[e.type]}: <a href="${url(routes.fact(e.factId))}">${xmlEscape(text)}</a>${where}</li>`;
  };
  const html = [
    description ? `<p>${xmlEscape(description)}</p>` : "",
    `<p>${action === "reverted" ? "Reverted" : "Published"} together, at one instant:</p>`,
    `<ul>${changes.map(line).join("")}</ul>`,
  ].join("");
  const only = relations.length === 1 ? relations[0] : undefined;
  const xml = `  <entry>
    <id>${clean(`urn:dyad:change-set:${id}:${action}`)}</id>
    <title>${clean(`Change-set ${action}: ${title} (${count}, ${names})`)}</title>
    <updated>${group.at}</updated>
    <link rel="alternate" type="text/html" href="${url(only ? routes.relation(only.slug, group.version) : "/")}"/>
${changes.map((e) => `    <link rel="related" type="text/html" href="${url(routes.fact(e.factId))}"/>`).join("\n")}
${relations.map((r) => `    <category term="${clean(r.slug)}" label="${clean(r.name)}"/>`).join("\n")}
${description ? `    <summary type="text">${clean(description)}</summary>\n` : ""}    <content type="html">${clean(html)}</content>
  </entry>`;
  return { at: group.at, xml };
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
