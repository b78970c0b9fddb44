const day = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const dayAndTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "12 March 2026" (transaction times are shown in UTC, the same for every reader). */
export const formatDay = (iso: string) => day.format(new Date(iso));

/** "12 March 2026 at 14:03:09 UTC". */
export const formatInstant = (iso: string) => `${dayAndTime.format(new Date(iso))} UTC`;

/** The first value of a search parameter (`?q=a&q=b` reads as "a"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
