import { FACT_DATA_SCHEMAS, type FactKind } from "@dyad/core/schemas/fact-data";
import { z } from "zod";

/**
 * A description of a fact kind's structured fields, derived from its zod schema (through JSON
 * Schema), so the editor's form always matches what the server accepts. The client renders it
 * generically: a new field in a schema appears in the form without editing the form.
 */
export type FieldSpec =
  | { type: "text"; maxLength?: number }
  | { type: "date" }
  | { type: "country" }
  | { type: "currency" }
  | { type: "number"; integer: boolean; nullable: boolean }
  | { type: "enum"; options: string[] }
  | { type: "list"; item: FieldSpec; min: number; max?: number }
  | { type: "group"; fields: NamedField[] };

export interface NamedField {
  key: string;
  required: boolean;
  help?: string;
  spec: FieldSpec;
}

type JsonSchema = {
  type?: string | string[];
  pattern?: string;
  enum?: string[];
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  default?: unknown;
};

const DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

function toSpec(s: JsonSchema): FieldSpec {
  const variants = s.anyOf ?? [s];
  const nullable = variants.some((v) => v.type === "null");
  const main = variants.find((v) => v.type !== "null") ?? s;
  if (main.enum) return { type: "enum", options: main.enum };
  if (main.type === "number" || main.type === "integer") {
    return { type: "number", integer: main.type === "integer", nullable };
  }
  if (main.type === "array" && main.items) {
    return { type: "list", item: toSpec(main.items), min: main.minItems ?? 0, max: main.maxItems };
  }
  if (main.type === "object" && main.properties) return { type: "group", fields: fieldsOf(main) };
  if (main.pattern === DATE_PATTERN) return { type: "date" };
  if (main.pattern === "^[A-Z]{2}$") return { type: "country" };
  if (main.pattern === "^[A-Z]{3}$") return { type: "currency" };
  return { type: "text", maxLength: main.maxLength };
}

function fieldsOf(s: JsonSchema): NamedField[] {
  return Object.entries(s.properties ?? {}).map(([key, prop]) => {
    const main = prop.anyOf?.find((v) => v.type !== "null") ?? prop;
    const description = prop.description ?? main.description;
    const generic = description?.startsWith("ISO 3166") || description?.startsWith("A date of year");
    return {
      key,
      // A list with a default (people: []) may stay empty, so it is not required.
      required: (s.required ?? []).includes(key) && prop.default === undefined,
      ...(description && !generic ? { help: description } : {}),
      spec: toSpec(prop),
    };
  });
}

const cache = new Map<FactKind, NamedField[]>();

/** The structured fields of one fact kind, in schema order. */
export function factFormSpec(kind: FactKind): NamedField[] {
  let spec = cache.get(kind);
  if (!spec) {
    spec = fieldsOf(z.toJSONSchema(FACT_DATA_SCHEMAS[kind], { io: "input" }) as JsonSchema);
    cache.set(kind, spec);
  }
  return spec;
}
