import { firstDay, lastDay } from "@dyad/core/schemas/partial-date";
import { Prisma } from "../generated/prisma/client";

// Valid time ("what was true on D") in one place, for SQL reads (listFactsValidDuring, the
// API's facts list, search) and for views already loaded (a cached relation page filtered by
// `?on=`), so the two cannot disagree. A fact overlaps a period when its closed range
// [valid_from, valid_to] meets the period's; an open end ("since 2016") reaches every later
// period; an undated fact (no start, no end) matches no period.

/** SQL condition on a fact_revision alias: its valid time overlaps [from, to] (null: unbounded). */
export function validDuringSql(alias: string, from: Date | null, to: Date | null): Prisma.Sql {
  const r = Prisma.raw(alias);
  return Prisma.sql`(${r}.valid_from IS NOT NULL OR ${r}.valid_to IS NOT NULL)
    AND daterange(${r}.valid_from, ${r}.valid_to, '[]') && daterange(${from}::date, ${to}::date, '[]')`;
}

/** The same test on a view's partial dates (`end: null` = still holds). */
export function heldDuring(validTime: { start: string | null; end: string | null }, from: Date, to: Date): boolean {
  const { start, end } = validTime;
  if (!start && !end) return false;
  return (!start || firstDay(start) <= to) && (!end || lastDay(end) >= from);
}

/** Whether a fact held at some point of a partial date ("2010" = any day of 2010). */
export const heldOn = (validTime: { start: string | null; end: string | null }, on: string) =>
  heldDuring(validTime, firstDay(on), lastDay(on));
