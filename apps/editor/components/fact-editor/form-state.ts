import type { FactKind, FieldSpec, NamedField, TSection } from "@dyad/db";

/**
 * The fact form's state: every scalar a string (what inputs hold), converted to the content
 * the server's zod schema takes only when sent. Shapes follow the kind's FieldSpec.
 */
export type DataValue = string | DataValue[] | { [key: string]: DataValue };

export type SourceState =
  | { mode: "existing"; sourceId: string; title: string; url: string | null; publisher: string | null; locator: string }
  | {
      mode: "new";
      url: string;
      title: string;
      publisher: string;
      publishedOn: string;
      accessedOn: string;
      kind: string;
      locator: string;
    };

export type EndMode = "same" | "until" | "open";

export interface FormState {
  kind: FactKind;
  section: TSection;
  statement: string;
  start: string;
  endMode: EndMode;
  end: string;
  data: Record<string, DataValue>;
  sources: SourceState[];
}

/** What the editor knows about a cited source, for citations that refer to one by id. */
export type SourceInfo = Record<string, { title: string; url: string | null; publisher: string | null }>;

export function emptyValue(spec: FieldSpec, prefill?: string[]): DataValue {
  if (spec.type === "list") return spec.item.type === "country" && prefill ? [...prefill] : [];
  if (spec.type === "group") return Object.fromEntries(spec.fields.map((f) => [f.key, emptyValue(f.spec)]));
  return "";
}

export function emptyItem(spec: FieldSpec): DataValue {
  return emptyValue(spec);
}

export function toFormValue(spec: FieldSpec, value: unknown): DataValue {
  if (spec.type === "list") return Array.isArray(value) ? value.map((v) => toFormValue(spec.item, v)) : [];
  if (spec.type === "group") {
    const object = (value ?? {}) as Record<string, unknown>;
    return Object.fromEntries(spec.fields.map((f) => [f.key, toFormValue(f.spec, object[f.key])]));
  }
  return value === null || value === undefined ? "" : String(value);
}

/** Back to content: "" is left out (or null where the schema allows it), numbers parsed. */
export function fromFormValue(spec: FieldSpec, value: DataValue | undefined): unknown {
  if (spec.type === "list") {
    const items = Array.isArray(value) ? value : [];
    return items.map((v) => fromFormValue(spec.item, v)).filter((v) => v !== undefined);
  }
  if (spec.type === "group") {
    const object = (value && typeof value === "object" && !Array.isArray(value) ? value : {}) as Record<
      string,
      DataValue
    >;
    return fieldsToData(spec.fields, object);
  }
  const text = typeof value === "string" ? value.trim() : "";
  if (spec.type === "number") {
    if (text === "") return spec.nullable ? null : undefined;
    const n = Number(text.replace(/[,\s]/g, ""));
    // Sent as typed when it is not a number, so the server names the field.
    return Number.isFinite(n) ? n : text;
  }
  if (text === "") return undefined;
  return spec.type === "currency" || spec.type === "country" ? text.toUpperCase() : text;
}

export function fieldsToData(fields: NamedField[], value: Record<string, DataValue>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const converted = fromFormValue(f.spec, value[f.key]);
    if (converted !== undefined) data[f.key] = converted;
  }
  return data;
}

/** The form's state as the content createFact/reviseFact take. */
export function toContent(state: FormState, fields: NamedField[]) {
  const start = state.start.trim();
  return {
    kind: state.kind,
    section: state.section,
    statement: state.statement,
    validTime: {
      start: start === "" ? null : start,
      ...(state.endMode === "same" ? {} : { end: state.endMode === "open" ? null : state.end.trim() }),
    },
    data: fieldsToData(fields, state.data),
    sources: state.sources.map((s) => {
      const locator = s.locator.trim() ? { locator: s.locator.trim() } : {};
      if (s.mode === "existing") return { sourceId: s.sourceId, ...locator };
      const blank = (v: string) => (v.trim() === "" ? null : v.trim());
      return {
        source: {
          url: blank(s.url),
          title: s.title.trim(),
          publisher: blank(s.publisher),
          publishedOn: blank(s.publishedOn),
          accessedOn: blank(s.accessedOn),
          kind: s.kind,
        },
        ...locator,
      };
    }),
  };
}

/** Content the form loads: a stored revision, the form's own content (autosaved or merged), a proposal. */
export type ContentInput = {
  kind: FactKind;
  section: TSection;
  statement: string;
  validTime?: { start: string | null; end?: string | null };
  data: Record<string, unknown>;
  sources?: {
    sourceId?: string;
    locator?: string;
    source?: Partial<Record<"url" | "title" | "publisher" | "publishedOn" | "accessedOn" | "kind", string | null>>;
  }[];
};

/** Content (a stored revision, a merge or the importer's proposal) as form state. */
export function toFormState(content: ContentInput, fields: NamedField[], sources: SourceInfo): FormState {
  const start = content.validTime?.start ?? "";
  const end = content.validTime?.end;
  return {
    kind: content.kind,
    section: content.section,
    statement: content.statement,
    start,
    // An undated fact (no start) has no end either: "same" says so without claiming "still holds".
    endMode: end === undefined || end === start || !start ? "same" : end === null ? "open" : "until",
    end: end ?? "",
    data: Object.fromEntries(fields.map((f) => [f.key, toFormValue(f.spec, content.data[f.key])])),
    sources: (content.sources ?? []).map((c): SourceState => {
      if (c.sourceId) {
        const info = sources[c.sourceId];
        return {
          mode: "existing",
          sourceId: c.sourceId,
          title: info?.title ?? "A cited source",
          url: info?.url ?? null,
          publisher: info?.publisher ?? null,
          locator: c.locator ?? "",
        };
      }
      const s = c.source ?? {};
      return {
        mode: "new",
        url: s.url ?? "",
        title: s.title ?? "",
        publisher: s.publisher ?? "",
        publishedOn: s.publishedOn ?? "",
        accessedOn: s.accessedOn ?? "",
        kind: s.kind ?? "WEBSITE",
        locator: c.locator ?? "",
      };
    }),
  };
}
