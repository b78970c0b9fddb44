"use client";

import { useMemo, useState } from "react";
import type { ConflictInfo } from "@/app/facts/conflict";
import { formatInstant } from "@/lib/format";
import { enumLabel, pathLabel } from "@/lib/labels";
import type { ContentInput } from "./form-state";

type Side = "mine" | "theirs";

/**
 * Shown when a save was based on an old revision: both versions side by side, field by field.
 * Fields only one side changed are pre-chosen; fields both changed need a choice. The merged
 * content goes back into the form, to check and save on top of the other editor's revision.
 */
export function ConflictView(props: {
  conflict: ConflictInfo;
  mine: ContentInput;
  onMerge: (merged: ContentInput) => void;
  onDiscard: () => void;
}) {
  const { conflict } = props;
  const differing = conflict.fields.filter((f) => f.status !== "same");
  const [choices, setChoices] = useState<Record<string, Side | undefined>>(() =>
    Object.fromEntries(differing.map((f) => [f.key, f.status === "both" ? undefined : (f.status as Side)])),
  );
  const undecided = differing.filter((f) => !choices[f.key]);
  const merged = useMemo(() => merge(props.mine, conflict.theirs.content, choices), [props.mine, conflict, choices]);

  return (
    <section className="notice warn" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabIndex={-1}>
        Someone saved this fact while you were editing
      </h2>
      <p>
        {conflict.theirs.authorName} saved revision {conflict.theirs.number} at{" "}
        {formatInstant(conflict.theirs.createdAt)}
        {conflict.theirs.note && <> (“{conflict.theirs.note}”)</>}. Nothing of yours was lost: choose, field by field,
        what to keep.
      </p>
      {differing.length === 0 && <p>Your changes and theirs are the same.</p>}
      {differing.map((f) => (
        <fieldset key={f.key} className={`merge-field ${f.status}`}>
          <legend>
            {pathLabel(f.key)}
            {f.status === "both" && " — changed by both of you"}
            {f.status === "mine" && " — changed by you"}
            {f.status === "theirs" && ` — changed by ${conflict.theirs.authorName}`}
          </legend>
          <div className="merge-columns">
            {(["mine", "theirs"] as const).map((side) => (
              <label key={side} style={{ fontWeight: 400, display: "block" }}>
                <input
                  type="radio"
                  name={`merge-${f.key}`}
                  value={side}
                  checked={choices[f.key] === side}
                  onChange={() => setChoices({ ...choices, [f.key]: side })}
                />{" "}
                <strong>{side === "mine" ? "Keep mine" : "Take theirs"}</strong>
                <div className="diff-value small">
                  {show(side === "mine" ? f.mine : f.theirs, conflict.sourceTitles)}
                </div>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {undecided.length > 0 && (
        <p role="status">Choose a version for: {undecided.map((f) => pathLabel(f.key)).join(", ")}.</p>
      )}
      <div className="actions">
        <button type="button" disabled={undecided.length > 0} onClick={() => props.onMerge(merged)}>
          Use this merge
        </button>
        <button type="button" className="secondary" onClick={props.onDiscard}>
          Discard my changes and load theirs
        </button>
      </div>
    </section>
  );
}

/** Mine, with each field chosen as "theirs" (a key of MergeField: a content key or "data.<name>") taken from theirs. */
function merge(mine: ContentInput, theirs: ContentInput, choices: Record<string, Side | undefined>): ContentInput {
  const merged: ContentInput = { ...mine, data: { ...mine.data } };
  for (const [key, side] of Object.entries(choices)) {
    if (side !== "theirs") continue;
    if (key.startsWith("data.")) {
      const name = key.slice(5);
      if (theirs.data[name] === undefined) delete merged.data[name];
      else merged.data[name] = theirs.data[name];
    } else if (key === "statement") merged.statement = theirs.statement;
    else if (key === "section") merged.section = theirs.section;
    else if (key === "validTime") merged.validTime = theirs.validTime;
    else if (key === "sources") merged.sources = theirs.sources;
  }
  return merged;
}

/** A value as readable text: sources by title, dates as written, objects as "key: value" lines. */
function show(value: unknown, sourceTitles: Record<string, string>): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (Array.isArray(value)) {
    if (value.length === 0) return "(none)";
    return value.map((v) => show(v, sourceTitles)).join("\n");
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.sourceId === "string")
      return `${sourceTitles[v.sourceId] ?? "A cited source"}${v.locator ? ` (${v.locator})` : ""}`;
    if (v.source && typeof v.source === "object")
      return `${show(v.source, sourceTitles)}${v.locator ? ` (${v.locator})` : ""}`;
    if ("start" in v && "end" in v) {
      if (!v.start) return "(no date)";
      if (v.end === undefined || v.end === v.start) return String(v.start);
      return `${v.start} – ${v.end === null ? "still holds" : v.end}`;
    }
    return Object.entries(v)
      .filter(([, x]) => x !== null && x !== undefined && x !== "")
      .map(([k, x]) => `${pathLabel(k)}: ${show(x, sourceTitles)}`)
      .join("; ");
  }
  return typeof value === "string" && /^[A-Z_]+$/.test(value) && value.length > 3 ? enumLabel(value) : String(value);
}
