"use client";

import type { FieldChange, NamedField, ProposalStatus, TSection } from "@dyad/db";
import { useId, useState } from "react";
import { KIND_LABELS, SECTION_LABELS } from "@/lib/labels";
import { DataFields, type Pickers } from "../fact-editor/data-fields";
import type { FormState } from "../fact-editor/form-state";
import { ValidTimeField } from "../fact-editor/valid-time-field";
import { RevisionDiff } from "../revision-diff";

export interface Decision {
  accept: boolean;
  state: FormState;
  edited: boolean;
}

const STATUS_TEXT: Record<ProposalStatus, string> = {
  new: "New",
  changed: "Changed in the article: accepting updates the draft",
  unchanged: "Already imported",
  edited: "Edited by hand since the last import: accepting flags it for a merge",
  deleted: "Deleted in Dyad: not imported again",
};

/** One proposed fact: accept it or not, and adjust its statement, section, dates and fields. */
export function ProposalCard(props: {
  importKey: string;
  status: ProposalStatus;
  /** For a fact Dyad has: how accepting would change its current draft (before/after). */
  changes: FieldChange[] | null;
  decision: Decision;
  fields: NamedField[];
  pickers: Pickers;
  onChange: (decision: Decision) => void;
}) {
  const { decision, status } = props;
  const [editing, setEditing] = useState(false);
  const id = useId();
  const selectable = status === "new" || status === "changed" || status === "edited";
  const editable = status === "new" || status === "changed";
  const set = (patch: Partial<FormState>) =>
    props.onChange({ ...decision, state: { ...decision.state, ...patch }, edited: true });
  return (
    <fieldset className="card" aria-describedby={`${id}-status`}>
      <legend>{KIND_LABELS[decision.state.kind]}</legend>
      <p className="small muted" id={`${id}-status`}>
        {STATUS_TEXT[status]}
        {decision.edited && " · adjusted"}
      </p>
      <label style={{ fontWeight: 400 }}>
        <input
          type="checkbox"
          checked={decision.accept}
          disabled={!selectable}
          onChange={(e) => props.onChange({ ...decision, accept: e.target.checked })}
        />{" "}
        Accept: <em>{decision.state.statement}</em>
      </label>
      {props.changes && props.changes.length > 0 && (
        <details open={status === "changed"}>
          <summary>Before and after: the draft in Dyad against the article</summary>
          <RevisionDiff changes={props.changes} />
        </details>
      )}
      {editable && (
        <div className="actions">
          <button type="button" className="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? "Done adjusting" : "Adjust"}
          </button>
        </div>
      )}
      {editable && editing && (
        <div>
          <div className="field">
            <label htmlFor={`${id}-statement`}>Statement</label>
            <textarea
              id={`${id}-statement`}
              rows={3}
              value={decision.state.statement}
              onChange={(e) => set({ statement: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-section`}>Section</label>
            <select
              id={`${id}-section`}
              value={decision.state.section}
              onChange={(e) => set({ section: e.target.value as TSection })}
            >
              {Object.entries(SECTION_LABELS).map(([s, label]) => (
                <option key={s} value={s}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <ValidTimeField
            idPrefix={id}
            start={decision.state.start}
            endMode={decision.state.endMode}
            end={decision.state.end}
            onChange={(t) => set(t)}
          />
          {props.fields.length > 0 && (
            <DataFields
              fields={props.fields}
              path={`${props.importKey}.data`}
              value={decision.state.data}
              onChange={(data) => set({ data })}
              pickers={props.pickers}
            />
          )}
        </div>
      )}
    </fieldset>
  );
}
