import { FACT_DATA_SCHEMAS, type TAmount } from "@dyad/core/schemas/fact-data";
import { formatValidTime } from "../lib/format-valid-time";
import type { RevisionView } from "../read-model/revision-view";
import { capitalize, countryName, enumWords, formatAmount, KIND_LABELS, SECTION_TITLES } from "./labels";

export interface FactDetail {
  key: string;
  label: string;
  value: string;
}

/** Fields of fact data that hold ISO country codes (schemas/fact-data.ts). */
const COUNTRY_KEYS = new Set([
  "recognizer",
  "recognized",
  "reporter",
  "partner",
  "owner",
  "hostCountry",
  "accreditedTo",
  "parliamentOf",
  "fromCountry",
  "toCountry",
  "parties",
]);
const DATE_KEYS = new Set(["signedOn", "inForceOn"]);
const LABELS: Record<string, string> = {
  recognizer: "Recognised by",
  recognized: "Recognised",
  hostCountry: "Host country",
  accreditedTo: "Also accredited to",
  parliamentOf: "Parliament of",
  fromCountry: "From",
  toCountry: "To",
  missionType: "Type of mission",
  agreementType: "Type of agreement",
  signedOn: "Signed",
  inForceOn: "In force",
  studentCount: "Students",
  eventType: "Type of event",
  reportedBy: "Published by",
};

const labelOf = (key: string) => LABELS[key] ?? capitalize(key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());

function person(value: unknown): string {
  const p = value as { name?: string; role?: string; country?: string };
  const extra = [p.role, p.country ? countryName(p.country) : undefined].filter(Boolean).join(", ");
  return extra ? `${p.name} (${extra})` : String(p.name);
}

function describeValue(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (key === "people") return value.map(person).join("; ");
    return value.map((v) => (COUNTRY_KEYS.has(key) ? countryName(String(v)) : String(v))).join(", ");
  }
  if (key === "amount" && typeof value === "object") {
    const amount = value as TAmount;
    return amount.value === null
      ? formatAmount(amount)
      : `${formatAmount(amount)} (reported as “${amount.asReported}”)`;
  }
  if (typeof value === "string") {
    if (COUNTRY_KEYS.has(key)) return countryName(value);
    if (DATE_KEYS.has(key)) return formatValidTime({ start: value, end: value });
    return /^[A-Z_]+$/.test(value) ? capitalize(enumWords(value)) : value;
  }
  if (typeof value === "number") return value.toLocaleString("en");
  return JSON.stringify(value);
}

/**
 * A fact revision as label/value lines a reader can follow (and compare between versions):
 * when, section, kind, then the kind's structured fields with country codes spelled out.
 */
export function describeFact(view: RevisionView): FactDetail[] {
  const lines: FactDetail[] = [
    { key: "validTime", label: "When", value: formatValidTime(view.validTime) || "Undated" },
    { key: "section", label: "Section", value: SECTION_TITLES[view.section] ?? view.section },
    { key: "kind", label: "Kind of fact", value: KIND_LABELS[view.kind] ?? view.kind },
  ];
  // Fields in the order the kind's schema declares them (JSONB does not keep key order).
  const declared = Object.keys(FACT_DATA_SCHEMAS[view.kind]?.shape ?? {});
  const data = view.data ?? {};
  const keys = [...declared.filter((k) => k in data), ...Object.keys(data).filter((k) => !declared.includes(k))];
  for (const [key, value] of keys.map((k) => [k, data[k]] as const)) {
    const text = describeValue(key, value);
    if (text !== null) lines.push({ key: `data.${key}`, label: labelOf(key), value: text });
  }
  return lines;
}
