/** "2026-11-29 18:55 UTC": unambiguous for editors in any time zone, same on server and client. */
export function formatInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A short excerpt of a long statement for lists. */
export function excerpt(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
