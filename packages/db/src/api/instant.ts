/**
 * Instants of transaction time as the API writes them: RFC 3339 in UTC with exactly six
 * fractional digits ("2026-11-29T18:57:11.814123Z"), because publication.at is a microsecond
 * timestamp and a millisecond JS Date would silently move an instant. Strings of this one fixed
 * shape sort chronologically, so they are compared as strings.
 */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * Normalize an instant given as a date ("2026-01-01", midnight UTC) or a date-time with a zone
 * ("2026-01-01T12:00:00.5+02:00"). Digits beyond the microsecond are dropped, which is exact for
 * "as of": a publication at or before t.123456789 is one at or before t.123456. Null when the
 * text is not such an instant or not a calendar date.
 */
export function normalizeInstant(text: string): string | null {
  const m = INSTANT.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00", fraction = "", zone = "Z"] = m;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = [y, mo, d, h, mi, s].map(Number);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(local);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const offsetMinutes = zone.toUpperCase() === "Z" ? 0 : offsetOf(zone);
  if (offsetMinutes === null) return null;
  const micros = BigInt(local - offsetMinutes * 60_000) * 1000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
  return formatMicros(micros);
}

function offsetOf(zone: string): number | null {
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
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

/** The instant one microsecond earlier: the last instant strictly before `instant`. */
export function justBefore(instant: string): string {
  return formatMicros(toMicros(instant) - 1n);
}

/** SQL that renders a timestamptz as an instant string (see the top of this file). */
export const INSTANT_FORMAT = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;
