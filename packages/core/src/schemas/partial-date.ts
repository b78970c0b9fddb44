import { z } from "zod";

/**
 * A date with its precision, written as reduced-precision ISO 8601: "2006" (year),
 * "2006-11" (month) or "2006-03-27" (day). "November 2006" is not "2006-11-01".
 */
export const ZPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "Not a calendar date")
  .describe("A date of year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD");
export type TPartialDate = z.infer<typeof ZPartialDate>;

/** Today as a UTC day: the latest `on` a reader may ask about (Dyad records what was, not forecasts). */
const todayUtc = () => new Date(new Date().toISOString().slice(0, 10));

/** `on` (pages and API): a day, month or year of valid time, not after today. */
export const ZValidOn = ZPartialDate.refine((on) => firstDay(on) <= todayUtc(), {
  message: "This date is in the future: Dyad records what was true, up to today",
}).describe(
  "Valid time: only facts that were true at some point of this day, month or year (YYYY, YYYY-MM or YYYY-MM-DD), not after today",
);

export type DatePrecision = "YEAR" | "MONTH" | "DAY";

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? "YEAR" : date.length === 7 ? "MONTH" : "DAY";
}

/** The first day a partial date covers, at midnight UTC. */
export function firstDay(date: string): Date {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(y as number, m - 1, d));
}

/** The last day a partial date covers, at midnight UTC. */
export function lastDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  if (d !== undefined) return firstDay(date);
  if (m !== undefined) return new Date(Date.UTC(y as number, m, 0));
  return new Date(Date.UTC(y as number, 11, 31));
}

/** Back from a stored day and precision to the partial date it was written as. */
export function toPartialDate(day: Date, precision: DatePrecision): string {
  return partialDateOf(day.toISOString().slice(0, 10), precision);
}

/** The same from the day as YYYY-MM-DD ("2006-11-30", MONTH → "2006-11"), as SQL reads write it. */
export function partialDateOf(day: string, precision: DatePrecision): string {
  return precision === "YEAR" ? day.slice(0, 4) : precision === "MONTH" ? day.slice(0, 7) : day;
}

function isRealDate(date: string): boolean {
  const [, m, d] = date.split("-").map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d === undefined) return true;
  return firstDay(date).getUTCDate() === d;
}

/**
 * When a fact was true in the world. `end` omitted means the same period as `start`
 * (an event of that day, month or year); `end: null` means it still holds (open-ended).
 */
export const ZValidTime = z
  .strictObject({
    start: ZPartialDate.nullable().describe("First period the fact held; null if unknown"),
    end: ZPartialDate.nullable()
      .optional()
      .describe("Last period the fact held; omitted = same as start; null = still holds"),
  })
  .refine((t) => !t.start || !t.end || firstDay(t.start) <= lastDay(t.end), {
    message: "The end of the period comes before its start",
    path: ["end"],
  });
export type TValidTime = z.infer<typeof ZValidTime>;

export interface StoredValidTime {
  validFrom: Date | null;
  validFromPrecision: DatePrecision | null;
  validTo: Date | null;
  validToPrecision: DatePrecision | null;
}

export function toStoredValidTime(t: TValidTime): StoredValidTime {
  const end = t.end === undefined ? t.start : t.end;
  return {
    validFrom: t.start ? firstDay(t.start) : null,
    validFromPrecision: t.start ? precisionOf(t.start) : null,
    validTo: end ? lastDay(end) : null,
    validToPrecision: end ? precisionOf(end) : null,
  };
}

export function fromStoredValidTime(s: StoredValidTime): { start: string | null; end: string | null } {
  const start = s.validFrom && s.validFromPrecision ? toPartialDate(s.validFrom, s.validFromPrecision) : null;
  const end = s.validTo && s.validToPrecision ? toPartialDate(s.validTo, s.validToPrecision) : null;
  return { start, end };
}
