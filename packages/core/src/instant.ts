import { z } from "zod";
import { AppError, parseInput } from "./errors";

/**
 * Instants of transaction time, the one parser every "as of" goes through (the site's `asOf`,
 * the API's `asOf` and cursors). The read model writes them as RFC 3339 in UTC with exactly six
 * fractional digits ("2026-11-29T18:57:11.814123Z"), because publication.at is a microsecond
 * timestamp and a millisecond JS Date would silently move an instant. Strings of this one fixed
 * shape sort chronologically, so they are compared as strings. Pure: the SQL that writes them is
 * `asInstant` in @dyad/db (read-model/instant.ts).
 */

// A date ("2026-01-01", midnight UTC), or a date-time with an optional zone ("+02:00", "+0200"
// or Z); digits beyond the microsecond are dropped.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

export interface ParsedInstant {
  /** The instant as the read model writes it (see the top of this file). */
  instant: string;
  /**
   * False for a date-time without a zone (read as UTC) or with an offset without its colon
   * ("+0200"): ISO 8601 but not RFC 3339, which the API requires.
   */
  rfc3339: boolean;
}

/**
 * Read a date or date-time as an instant. Dropping digits beyond the microsecond is exact for
 * "as of": a publication at or before t.123456789 is one at or before t.123456. Null when the
 * text is not such an instant or not a calendar date and time.
 */
export function parseInstantText(text: string): ParsedInstant | null {
  const m = INSTANT.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi = "00", s = "00", fraction = "", zone] = m;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = [y, mo, d, h ?? "00", mi, s].map(Number);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 30 February over into March (and reads years below 100 as 19xx): compare back.
  const check = new Date(local);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const offsetMinutes = !zone || zone.toUpperCase() === "Z" ? 0 : offsetOf(zone);
  if (offsetMinutes === null) return null;
  const micros = BigInt(local - offsetMinutes * 60_000) * 1000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
  return { instant: formatMicros(micros), rfc3339: h === undefined || (zone !== undefined && !/\d{4}$/.test(zone)) };
}

/** The API's instants: a date, or a date-time with a zone (RFC 3339). Null otherwise. */
export function normalizeInstant(text: string): string | null {
  const parsed = parseInstantText(text);
  return parsed?.rfc3339 ? parsed.instant : null;
}

/** An API instant given by a caller, or an INVALID error naming `field`. */
export function parseInstant(text: string, field: string): string {
  const instant = normalizeInstant(text);
  if (!instant) {
    throw new AppError(
      "INVALID",
      `${field}: give an instant as YYYY-MM-DD or an RFC 3339 date-time with a zone, e.g. 2026-01-01T12:00:00Z`,
    );
  }
  return instant;
}

/**
 * The site's `asOf`: the same instants, a zone optional (UTC), as the millisecond Date the
 * pages work with. Stricter than z.coerce.date: "1" or "March" are refused instead of read as
 * some year, and so are years before 1000.
 */
export const ZAsOf = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx) => {
    const parsed = parseInstantText(value);
    if (!parsed || Number(value.slice(0, 4)) < 1000) {
      ctx.addIssue({ code: "custom", message: "Use a real date (YYYY-MM-DD) or ISO 8601 instant" });
      return z.NEVER;
    }
    return toDate(parsed.instant);
  })
  .describe("An instant: show what was public then");

/** Parse a reader's `asOf` (INVALID AppError when it is not a real date or instant). */
export function parseAsOf(value: unknown): Date {
  return parseInput(ZAsOf, value);
}

/** "+02:00" or "+0200" in minutes east of UTC; null when out of range. */
function offsetOf(zone: string): number | null {
  const digits = zone.replace(":", "");
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 23 || minutes > 59) return null;
  return (zone[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/** Microseconds since the epoch, as an instant string. */
export function formatMicros(micros: bigint): string {
  const ms = micros / 1000n - (micros % 1000n < 0n ? 1n : 0n);
  const rest = micros - ms * 1000n;
  const iso = new Date(Number(ms)).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  return `${iso.slice(0, 23)}${rest.toString().padStart(3, "0")}Z`;
}

/** An instant string back to microseconds since the epoch. */
export function toMicros(instant: string): bigint {
  const ms = Date.parse(`${instant.slice(0, 23)}Z`);
  return BigInt(ms) * 1000n + BigInt(instant.slice(23, 26));
}

/** An instant string as a JS Date: the millisecond it falls in (for the site's pages). */
export const toDate = (instant: string) => new Date(`${instant.slice(0, 23)}Z`);

/** The instant one microsecond earlier: the last instant strictly before `instant`. */
export function justBefore(instant: string): string {
  return formatMicros(toMicros(instant) - 1n);
}
