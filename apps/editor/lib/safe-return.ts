/** Any origin will do: a path is resolved against it only to see whether it stays there. */
const HERE = "http://dyad.invalid";

/**
 * Only paths on this site: "/facts/1" yes; "//evil.example", "https://…", "/\\evil" or
 * "/\t/evil" no. Browsers drop tabs and newlines from a URL and read "\" as "/", so "/\t/evil"
 * is "//evil" to them: the path is resolved as a browser would and given back in that form (tabs
 * gone, anything outside ASCII percent-encoded, so it is also a valid Location header).
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  let resolved: URL;
  try {
    resolved = new URL(value, HERE);
  } catch {
    return fallback;
  }
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "/.//evil" resolves to the path "//evil", which a browser would read as another host.
  if (resolved.origin !== HERE || path.startsWith("//")) return fallback;
  return path.slice(0, 2000);
}
