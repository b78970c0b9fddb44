/**
 * The one form in which an email is stored, looked up and throttled: trimmed, Unicode NFC,
 * lower case (NFC again after lower-casing, which can decompose, e.g. "İ"). Every entry point
 * (sign-in with a password or an external identity, account creation, the first admin) passes
 * the typed address through here and then compares with `=`: never case-insensitive matching,
 * which Prisma turns into ILIKE, where `%` and `_` are wildcards.
 */
export function normalizeEmail(raw: string): string {
  return raw.trim().normalize("NFC").toLowerCase().normalize("NFC");
}
