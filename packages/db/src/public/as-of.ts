import { z } from "zod";
import { parseInput } from "../errors";

// A date ("2026-01-01", midnight UTC) or an instant with an optional zone (UTC when omitted).
// Stricter than z.coerce.date: "1" or "March" are refused instead of read as some year.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const ZAsOf = z
  .string()
  .trim()
  .max(40)
  .regex(ISO, "Use a date (YYYY-MM-DD) or an ISO 8601 instant")
  .transform((value, ctx) => {
    const [, y, m, d, hh, mm, ss, fraction, zone] = ISO.exec(value) ?? [];
    const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    // Date.UTC rolls 30 February over into March: compare back to refuse it.
    const realDay = day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d);
    const realTime = Number(hh ?? 0) < 24 && Number(mm ?? 0) < 60 && Number(ss ?? 0) < 60;
    const ms = fraction ? `.${fraction.slice(0, 3).padEnd(3, "0")}` : "";
    const instant = hh
      ? new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss ?? "00"}${ms}${zone ? normalizeZone(zone) : "Z"}`)
      : day;
    if (!realDay || !realTime || Number.isNaN(instant.getTime()) || Number(y) < 1000) {
      ctx.addIssue({ code: "custom", message: "Not a real date or time" });
      return z.NEVER;
    }
    return instant;
  })
  .describe("An instant: show what was public then");

function normalizeZone(zone: string): string {
  return zone === "Z" || zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/** Parse a user's `asOf` (INVALID AppError when it is not a real date or instant). */
export function parseAsOf(value: unknown): Date {
  return parseInput(ZAsOf, value);
}
