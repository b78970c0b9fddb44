/** Only paths on this site: "/facts/1" yes; "//evil.example", "https://…" or "/\\evil" no. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value.slice(0, 2000);
}
