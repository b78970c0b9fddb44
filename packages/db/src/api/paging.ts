import { normalizeInstant } from "@dyad/core/instant";
import { z } from "zod";
import { AppError } from "../errors";
import { decodeCursor, encodeCursor } from "./cursor";
import { type ReadInstant, resolveReadInstant } from "./read-instant";

/** A path with its query string, leaving out empty parameters. Links in responses are root-relative. */
export function link(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null) query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** asOf for links: only when the answer is not "current", so a current link stays current. */
export const asOfParam = (read: ReadInstant) => (read.current ? undefined : read.instant);

/**
 * Where a page starts and the instant it answers for, as requested: a cursor carries the
 * instant of the first page (`t`), so later pages answer for the same instant even when the
 * first was "current".
 */
export function pageStart<S extends z.ZodObject>(
  list: string,
  options: { asOf?: string; cursor?: string },
  position: S,
): { requested: string | null; after: z.output<S> | null } {
  if (!options.cursor) return { requested: options.asOf ?? null, after: null };
  const { t, ...after } = decodeCursor(list, options.cursor, position.extend({ t: z.string() })) as z.output<S> & {
    t: string;
  };
  if (options.asOf && normalizeInstant(options.asOf) !== t) {
    throw new AppError("INVALID", `cursor: this cursor continues a list as of ${t}, not as of ${options.asOf}`);
  }
  return { requested: t, after: after as z.output<S> };
}

/** The instant a page answers for (see pageStart) and where it starts. */
export async function resolvePage<S extends z.ZodObject>(
  list: string,
  options: { asOf?: string; cursor?: string },
  position: S,
): Promise<{ read: ReadInstant; after: z.output<S> | null }> {
  const { requested, after } = pageStart(list, options, position);
  return { read: await resolveReadInstant(requested), after };
}

/** Cut one extra row off a page query's result and make the cursor of the next page from the last row kept. */
export function finishPage<Row>(
  list: string,
  rows: Row[],
  limit: number,
  read: ReadInstant,
  positionOf: (row: Row) => Record<string, unknown>,
): { rows: Row[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(list, { ...positionOf(last), t: read.instant }) : null;
  return { rows: kept, nextCursor };
}

/**
 * links.self, links.next and links.first of a page (also sent as a Link header, RFC 8288). There
 * is no `prev`: a keyset cursor only goes forward. `first` keeps the page's instant (a cursor
 * page's params carry it), so the list read again from its start is the same list.
 */
export function pageLinks(
  path: string,
  params: Record<string, string | number | undefined | null>,
  nextCursor: string | null,
  cursor?: string,
) {
  return {
    self: link(path, { ...params, cursor }),
    next: nextCursor ? link(path, { ...params, cursor: nextCursor }) : null,
    first: link(path, params),
  };
}
