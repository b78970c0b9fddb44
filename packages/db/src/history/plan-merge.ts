import { type ContentLike, contentFields, sameValue } from "./content-fields";

export type MergeStatus = "same" | "mine" | "theirs" | "both";

export interface MergeField {
  key: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** same: nothing to decide; mine/theirs: only that side changed it (taken); both: choose. */
  status: MergeStatus;
}

/**
 * A three-way comparison of an editor's unsaved content ("mine") with the revision saved in
 * the meantime ("theirs"), both against the revision the editor started from ("base"). Fields
 * only one side changed merge by themselves; fields both changed differently need a choice.
 */
export function planMerge(base: ContentLike, mine: ContentLike, theirs: ContentLike): MergeField[] {
  const b = contentFields(base);
  const m = contentFields(mine);
  const t = contentFields(theirs);
  const keys = [...new Set([...b.keys(), ...m.keys(), ...t.keys()])];
  return keys.map((key) => {
    const field = { key, base: b.get(key), mine: m.get(key), theirs: t.get(key) };
    const status: MergeStatus = sameValue(field.mine, field.theirs)
      ? "same"
      : sameValue(field.mine, field.base)
        ? "theirs"
        : sameValue(field.theirs, field.base)
          ? "mine"
          : "both";
    return { ...field, status };
  });
}

/** Content with each field taken from the chosen side (the client does the same to preview). */
export function applyMerge<C extends ContentLike>(mine: C, theirs: C, choices: Record<string, "mine" | "theirs">): C {
  const merged = structuredClone(mine) as C & { data: Record<string, unknown> };
  merged.data = { ...(mine.data ?? {}) };
  for (const [key, side] of Object.entries(choices)) {
    if (side !== "theirs") continue;
    if (key.startsWith("data.")) {
      const name = key.slice(5);
      const value = theirs.data?.[name];
      if (value === undefined) delete merged.data[name];
      else merged.data[name] = structuredClone(value);
    } else {
      (merged as Record<string, unknown>)[key] = structuredClone((theirs as Record<string, unknown>)[key]);
    }
  }
  return merged;
}
