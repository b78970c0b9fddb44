import type { ReactNode } from "react";

/** A loose view of an OpenAPI 3.1 schema object: enough to describe it to a reader. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  description?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

export const schemaAnchor = (name: string) => `schema-${name}`;

type Part = string | { ref: string };

/** A schema's type in a few words: text, and the names of named schemas (linked when shown). */
function typeParts(schema: Schema | undefined): Part[] {
  if (!schema) return ["any"];
  if (schema.$ref) return [{ ref: schema.$ref.split("/").pop() ?? "" }];
  const variants = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (variants) return joinParts(variants.map(typeParts), " or ");
  if (schema.enum) return [schema.enum.map((e) => JSON.stringify(e)).join(" | ")];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const each = types.map((t): Part[] => {
    if (t === "array") return ["array of ", ...typeParts(schema.items)];
    if (t === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
      return ["map to ", ...typeParts(schema.additionalProperties)];
    }
    return [schema.format ? `${t} (${schema.format})` : t];
  });
  return each.length ? joinParts(each, " or ") : ["any"];
}

function joinParts(groups: Part[][], separator: string): Part[] {
  return groups.flatMap((group, i) => (i === 0 ? group : [separator, ...group]));
}

/** A schema's type in a few words, with links to named schemas. */
export function TypeText({ schema }: { schema: Schema | undefined }): ReactNode {
  let position = 0;
  return typeParts(schema).map((part) => {
    position += 1;
    if (typeof part === "string") return part;
    return (
      <a key={`${part.ref}-${position}`} href={`#${schemaAnchor(part.ref)}`}>
        {part.ref}
      </a>
    );
  });
}

/** Limits worth telling a reader: bounds, a pattern, a default. */
export function constraints(schema: Schema | undefined): string {
  if (!schema) return "";
  const parts: string[] = [];
  if (schema.minimum !== undefined) parts.push(`min ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`max ${schema.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

/** A table of an object schema's properties. */
export function PropertyTable({ schema }: { schema: Schema }) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return null;
  return (
    <div className="table-frame">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {properties.map(([name, property]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
                {schema.required?.includes(name) ? "" : " (optional)"}
              </td>
              <td>
                <TypeText schema={property} />
              </td>
              <td>{property.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
