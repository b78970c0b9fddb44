import type { ChangeEvent } from "@dyad/db";

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);

/** Atom (RFC 4287) drops the microseconds' trailing detail readers do not need; ids stay exact. */
const atomTime = (instant: string) => `${instant.slice(0, 23)}Z`;

const shortened = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/**
 * The changes feed as Atom, newest first, for feed readers. Entry ids are the events' positions
 * in the publication log, so a reader never sees the same event twice as two entries. A
 * change-set's publish (or revert) is one entry naming each fact it changed.
 */
export function changesAtom(options: { events: ChangeEvent[]; asOf: string; origin: string }): string {
  const { events, origin } = options;
  const updated = atomTime(events[0]?.at ?? options.asOf);
  const entries = byChangeSet(events).map((group) => {
    const event = group[0] as ChangeEvent;
    return event.changeSet ? changeSetEntry(group, origin) : eventEntry(event, origin);
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:dyad:changes</id>
  <title>Dyad: changes to the public data</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/api/v1/changes.atom`)}"/>
  <link rel="alternate" type="application/json" href="${escapeXml(`${origin}/api/v1/changes`)}"/>
  <author><name>Dyad</name></author>
${entries.join("\n")}
</feed>
`;
}

/** Events in order, those of one change-set's publish (or revert) together: they are adjacent. */
function byChangeSet(events: ChangeEvent[]): ChangeEvent[][] {
  const groups: ChangeEvent[][] = [];
  for (const event of events) {
    const last = groups.at(-1)?.[0];
    const same =
      last?.changeSet && event.changeSet?.id === last.changeSet.id && event.changeSet.action === last.changeSet.action;
    if (same) groups.at(-1)?.push(event);
    else groups.push([event]);
  }
  return groups;
}

/** A change-set's publish (or revert): its description and each fact (HTML), each linked to its page. */
function changeSetEntry(group: ChangeEvent[], origin: string) {
  const first = group[0] as ChangeEvent & { changeSet: NonNullable<ChangeEvent["changeSet"]> };
  const { id, title, description, action } = first.changeSet;
  const relations = [...new Set(group.map((e) => e.relation))];
  const factPage = (e: ChangeEvent) => escapeXml(`${origin}/facts/${e.factId}`);
  const lines = group.map((e) =>
    e.fact
      ? `<li>Published: <a href="${factPage(e)}">${escapeXml(shortened(e.fact.statement))}</a></li>`
      : `<li>Withdrawn: <a href="${factPage(e)}">fact ${e.factId}</a> (${escapeXml(e.relation)})</li>`,
  );
  const count = `${group.length} fact${group.length === 1 ? "" : "s"}`;
  const html = [
    description ? `<p>${escapeXml(description)}</p>` : "",
    `<p>${count} in ${escapeXml(relations.join(", "))}, all at one instant:</p>`,
    `<ul>${lines.join("")}</ul>`,
  ].join("");
  return `  <entry>
    <id>urn:dyad:change-set:${id}:${action}</id>
    <title>${escapeXml(`Change-set ${action}: ${title} (${count})`)}</title>
    <updated>${atomTime(first.at)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(relations.length === 1 ? `${origin}/relations/${relations[0]}` : origin)}"/>
${group.map((e) => `    <link rel="related" type="text/html" href="${factPage(e)}"/>`).join("\n")}
    <category term="change_set"/>
${description ? `    <summary type="text">${escapeXml(description)}</summary>\n` : ""}    <content type="html">${escapeXml(html)}</content>
  </entry>`;
}

function eventEntry(event: ChangeEvent, origin: string) {
  const title = event.fact ? `Published: ${shortened(event.fact.statement)}` : `Withdrawn: a fact of ${event.relation}`;
  const summary = event.fact
    ? `Revision ${event.fact.revision} of fact ${event.factId} (${event.relation}) is now public.`
    : `Fact ${event.factId} (${event.relation}) is no longer public.`;
  return `  <entry>
    <id>urn:dyad:publication:${event.id}</id>
    <title>${escapeXml(title)}</title>
    <updated>${atomTime(event.at)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/relations/${event.relation}`)}"/>
    <link rel="related" type="application/json" href="${escapeXml(`${origin}/api/v1/facts/${event.factId}?asOf=${event.at}`)}"/>
    <category term="${event.type}"/>
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
}
