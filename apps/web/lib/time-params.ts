import { parseAsOf } from "@dyad/core/instant";
import { formatValidTime, heldOn, ZValidOn } from "@dyad/db";
import { firstParam } from "./format";

/**
 * The two kinds of time a reader can put in a page's address: `on` (valid time: what was true
 * on that day, month or year) and `asOf` (transaction time: what Dyad had published by then).
 * An empty field counts as absent (the date control's form sends both). A bad or future date
 * is an `error` the page shows next to the control, never an empty page or a 404.
 */
export interface TimeParams {
  /** Transaction time, an ISO instant. */
  asOf: string | null;
  /** Valid time, a partial date (YYYY, YYYY-MM or YYYY-MM-DD). */
  on: string | null;
  error: string | null;
  /** What the reader typed, to show it back in the control. */
  typed: { asOf: string; on: string };
}

type Search = { asOf?: string | string[]; on?: string | string[] };

export async function readTimeParams(searchParams: Promise<Search>): Promise<TimeParams> {
  const search = await searchParams;
  const typed = { asOf: firstParam(search.asOf)?.trim() ?? "", on: firstParam(search.on)?.trim() ?? "" };
  const errors: string[] = [];
  let asOf: string | null = null;
  let on: string | null = null;
  if (typed.on) {
    const parsed = ZValidOn.safeParse(typed.on);
    if (parsed.success) on = parsed.data;
    else errors.push(`“What was true on”: ${parsed.error.issues[0]?.message ?? "not a date"}.`);
  }
  if (typed.asOf) {
    try {
      const at = parseAsOf(typed.asOf);
      if (at.getTime() > Date.now()) errors.push("“As Dyad published it on”: this date is in the future.");
      else asOf = at.toISOString();
    } catch {
      errors.push("“As Dyad published it on”: use a date (YYYY-MM-DD) or an ISO 8601 instant.");
    }
  }
  return { asOf, on, error: errors.length ? errors.join(" ") : null, typed };
}

/** Keep the facts that held at some point of `on` (valid time), and count the undated ones left out. */
export function factsHeldOn<F extends { validTime: { start: string | null; end: string | null } }>(
  facts: F[],
  on: string | null,
) {
  if (!on) return { facts, undated: 0 };
  return {
    facts: facts.filter((f) => heldOn(f.validTime, on)),
    undated: facts.filter((f) => !f.validTime.start && !f.validTime.end).length,
  };
}

/** "2010", "March 2010", "4 March 2010". */
export const formatOn = (on: string) => formatValidTime({ start: on, end: on });

/** "in 2010", "in March 2010", "on 4 March 2010". */
export const onPhrase = (on: string) => `${on.length === 10 ? "on" : "in"} ${formatOn(on)}`;
