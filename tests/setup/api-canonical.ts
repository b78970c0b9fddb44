import { createHash } from "node:crypto";

/**
 * RFC 8785 (JCS) written again for the tests, independently of the application's library, so a
 * test recomputes a release hash the way an outside researcher would. Enough for JSON data:
 * object keys sorted by UTF-16 code units, no whitespace, ECMAScript number and string forms.
 */
export function jcs(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jcs).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${jcs(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The documented release hash (docs/releases.md): SHA-256 over each record's JCS line plus "\n", by fact id. */
export function releaseHash(records: { factId: string }[]): string {
  const sorted = [...records].sort((a, b) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0));
  const hash = createHash("sha256");
  for (const record of sorted) hash.update(`${jcs(record)}\n`, "utf8");
  return hash.digest("hex");
}

export const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
