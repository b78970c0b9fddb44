import { ZChangesQuery } from "@dyad/api-contract";
import { parseInstant } from "@dyad/core/instant";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../api/cursor";
import { link } from "../api/paging";
import { resolveReadInstant } from "../api/read-instant";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { type ChangeEvent, type ChangeRow, changeQuery, toChangeEvent } from "./change-events";

const ZPosition = z.strictObject({
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]{15}Z$/),
  id: z.string().regex(/^\d{1,19}$/),
});
/** Past every event id: a position "after everything at this instant". */
const LAST_ID = "9223372036854775807";

/** A cursor "after everything settled at this instant": where a new follower of the feed starts. */
export const changesCursorAt = (instant: string) => encodeCursor("changes", { at: instant, id: LAST_ID });

/** Refuse (INVALID) a string that is not a cursor of the changes feed. */
export const checkChangesCursor = (cursor: string) => {
  decodeCursor("changes", cursor, ZPosition);
};

/**
 * The changes feed: every publication and withdrawal in the order they became settled (by
 * `at`, then log id), with the content made public, so a consumer can mirror Dyad: apply each
 * event in order (published: put the fact; withdrawn: remove it). Only settled events are served
 * (see api/read-instant.ts), so an event can never appear later before a cursor already handed
 * out, and a full page never changes. On the last page, meta.asOf says which instant the
 * mirrored state now equals exactly; with asOf, the feed stops there (the state at asOf). A
 * change-set's events are never split across pages: a page that would end inside one holds the
 * rest of it too (so a page may exceed `limit`), and a mirror applying page by page never shows
 * half a change-set.
 */
export const listApiChanges = (options: z.input<typeof ZChangesQuery> = {}) => changesPage(options, "/api/v1/changes");

/**
 * The same feed, the same cursors, one entry per publish (listApiChanges' page, grouped): a
 * single fact's publication or withdrawal, or a change-set's publish (or revert) with all its
 * events. `limit` counts events, as there; a page never ends inside an entry.
 */
export async function listApiChangeGroups(options: z.input<typeof ZChangesQuery> = {}) {
  const page = await changesPage(options, "/api/v1/changes/grouped");
  return { ...page, data: groupChangeEvents(page.data) };
}

/** Events in feed order as entries: a change-set's events (one instant, adjacent) together. */
function groupChangeEvents(events: ChangeEvent[]) {
  const groups: { id: string; at: string; changeSet: ChangeEvent["changeSet"]; events: ChangeEvent[] }[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    const same =
      last?.changeSet &&
      event.changeSet?.id === last.changeSet.id &&
      event.changeSet.action === last.changeSet.action &&
      event.at === last.at;
    if (same) last.events.push(event);
    else groups.push({ id: event.id, at: event.at, changeSet: event.changeSet, events: [event] });
  }
  return groups;
}

async function changesPage(options: z.input<typeof ZChangesQuery>, path: string) {
  const { cursor, since, asOf, limit } = parseInput(ZChangesQuery, options);
  const start = cursor
    ? decodeCursor("changes", cursor, ZPosition)
    : since
      ? { at: parseInstant(since, "since"), id: LAST_ID }
      : null;
  // The last instant served: the latest settled one, or asOf if that is earlier.
  const { instant: end } = await resolveReadInstant(asOf);
  const where = [Prisma.sql`p.at <= ${end}::timestamptz`];
  if (start) {
    where.push(
      Prisma.sql`p.at >= ${start.at}::timestamptz`,
      Prisma.sql`(p.at, p.id) > (${start.at}::timestamptz, ${start.id}::bigint)`,
    );
  }
  const rows = await getDb().$queryRaw<ChangeRow[]>(
    changeQuery(Prisma.join(where, " AND "), Prisma.sql`p.at, p.id`, limit + 1),
  );
  const { page, hasMore } = await wholeChangeSets(rows, limit, where);
  const events = page.map(toChangeEvent);
  const last = events[events.length - 1];
  // Caught up: continue after `end`, so the next poll skips what this one has seen.
  const caughtUp = { at: end, id: LAST_ID };
  const next = hasMore && last ? { at: last.at, id: last.id } : start && start.at > caughtUp.at ? start : caughtUp;
  const nextCursor = encodeCursor("changes", next);
  return {
    data: events,
    meta: { limit, hasMore, nextCursor, asOf: hasMore ? null : end },
    links: {
      self: link(path, { cursor, since, asOf, limit }),
      next: link(path, { cursor: nextCursor, asOf, limit }),
      first: link(path, { asOf, limit }),
    },
  };
}

/** The page's rows, completed with the rest of a change-set the limit would cut in two. */
async function wholeChangeSets(rows: ChangeRow[], limit: number, where: Prisma.Sql[]) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows[limit];
  if (!last?.change_set_id || next?.change_set_id !== last.change_set_id || next.event_at !== last.event_at) {
    return { page, hasMore: rows.length > limit };
  }
  const after = Prisma.sql`(p.at, p.id) > (${last.event_at}::timestamptz, ${last.event_id}::bigint)`;
  const rest = await getDb().$queryRaw<ChangeRow[]>(
    changeQuery(
      Prisma.join([...where, after, Prisma.sql`p.change_set_id = ${last.change_set_id}::uuid`], " AND "),
      Prisma.sql`p.at, p.id`,
      100_000,
    ),
  );
  const group = rest.filter((r) => r.event_at === last.event_at);
  const end = group.at(-1) ?? last;
  const more = await getDb().$queryRaw<{ id: bigint }[]>`
    SELECT p.id FROM publication p
    WHERE ${Prisma.join(where, " AND ")} AND (p.at, p.id) > (${end.event_at}::timestamptz, ${end.event_id}::bigint)
    LIMIT 1`;
  return { page: [...page, ...group], hasMore: more.length > 0 };
}
