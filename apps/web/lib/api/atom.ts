import type { ChangeEvent } from "@dyad/db";

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);

/** Atom (RFC 4287) drops the microseconds' trailing detail readers do not need; ids stay exact. */
const atomTime = (instant: string) => `${instant.slice(0, 23)}Z`;

/**
 * The changes feed as Atom, newest first, for feed readers. Entry ids are the events' positions
 * in the publication log, so a reader never sees the same event twice as two entries.
 */
export function changesAtom(options: { events: ChangeEvent[]; asOf: string; origin: string }): string {
  const { events, origin } = options;
  const updated = atomTime(events[0]?.at ?? options.asOf);
  const entries = events.map((event) => {
    const title = event.fact
      ? `Published: ${event.fact.statement.length > 120 ? `${event.fact.statement.slice(0, 117)}…` : event.fact.statement}`
      : `Withdrawn: a fact of ${event.relation}`;
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
