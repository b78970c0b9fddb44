import { fieldLabel } from "@/lib/labels";

/**
 * An audit event's payload in words: ids are left out (the event's subjects are named and
 * linked beside it), everything else as "Label: value".
 */
export function AuditDetails({ payload }: { payload: Record<string, unknown> }) {
  const shown = Object.entries(payload).filter(
    ([key, value]) => !/Ids?$/.test(key) && value !== null && value !== undefined && value !== "",
  );
  if (shown.length === 0) return null;
  return (
    <span>
      {shown.map(([key, value], i) => (
        <span key={key}>
          {i > 0 && "; "}
          {fieldLabel(key)}: {words(value)}
        </span>
      ))}
    </span>
  );
}

function words(value: unknown): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(words).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${fieldLabel(k)} ${words(v)}`)
    .join(", ");
}
