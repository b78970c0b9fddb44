import canonicalize from "canonicalize";

/**
 * The fields a fact's content is compared and merged by: the statement, section, valid time,
 * the source list, and each structured field of `data` ("data.amount"). Coarse enough that a
 * merge never produces half an amount or half a source list, fine enough that two editors who
 * touched different fields never have to choose.
 */
export type ContentLike = {
  statement?: unknown;
  section?: unknown;
  validTime?: unknown;
  sources?: unknown;
  data?: Record<string, unknown>;
};

export function contentFields(content: ContentLike): Map<string, unknown> {
  const fields = new Map<string, unknown>([
    ["statement", content.statement],
    ["section", content.section],
    ["validTime", normaliseValidTime(content.validTime)],
    ["sources", content.sources ?? []],
  ]);
  for (const [key, value] of Object.entries(content.data ?? {})) fields.set(`data.${key}`, value);
  return fields;
}

/** `end` omitted means "same period as start": compare it as written out. */
function normaliseValidTime(value: unknown) {
  const t = (value ?? {}) as { start?: string | null; end?: string | null };
  const start = t.start ?? null;
  return { start, end: t.end === undefined ? start : t.end };
}

/** Equal as JSON, whatever the key order; empty lists equal missing ones. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (Array.isArray(v) && v.length === 0 ? undefined : v);
  return (canonicalize(norm(a)) ?? "") === (canonicalize(norm(b)) ?? "");
}
