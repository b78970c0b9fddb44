"use client";

import { DATE_HELP } from "./data-fields";
import type { EndMode } from "./form-state";
import { FieldMessage, fieldId, useFieldA11y } from "./issues";

/**
 * When the fact was true: a start at year, month or day precision, and an end that is the same
 * period (an event), a later period (a range), or open (it still holds).
 */
export function ValidTimeField(props: {
  /** Set when several appear on one page (the import page): keeps ids and radio groups apart. */
  idPrefix?: string;
  start: string;
  endMode: EndMode;
  end: string;
  onChange: (value: { start: string; endMode: EndMode; end: string }) => void;
}) {
  const base = props.idPrefix ? `${props.idPrefix}.validTime` : "validTime";
  const helpId = fieldId(`${base}.help`);
  const startA11y = useFieldA11y(`${base}.start`, helpId);
  const endA11y = useFieldA11y(`${base}.end`, helpId);
  const set = (patch: Partial<{ start: string; endMode: EndMode; end: string }>) =>
    props.onChange({ start: props.start, endMode: props.endMode, end: props.end, ...patch });
  return (
    <fieldset>
      <legend>When was this true?</legend>
      <p className="help small muted" id={helpId}>
        {DATE_HELP}. Leave the start empty if the date is unknown.
      </p>
      <div className="field">
        <label htmlFor={startA11y.id}>From</label>
        <input
          {...startA11y}
          type="text"
          inputMode="numeric"
          value={props.start}
          onChange={(e) => set({ start: e.target.value })}
        />
        <FieldMessage path={`${base}.start`} />
      </div>
      <div className="field" role="radiogroup" aria-labelledby={`${helpId}-until`}>
        <span id={`${helpId}-until`} className="label">
          <strong>Until</strong>
        </span>
        {(
          [
            ["same", "The same day, month or year (a single event)"],
            ["until", "A later date (a period)"],
            ["open", "Still holds (no end)"],
          ] as const
        ).map(([mode, text]) => (
          <label key={mode} style={{ fontWeight: 400 }}>
            <input
              type="radio"
              name={`${helpId}-end-mode`}
              value={mode}
              checked={props.endMode === mode}
              onChange={() => set({ endMode: mode })}
            />{" "}
            {text}
          </label>
        ))}
      </div>
      {props.endMode === "until" && (
        <div className="field">
          <label htmlFor={endA11y.id}>Until</label>
          <input
            {...endA11y}
            type="text"
            inputMode="numeric"
            value={props.end}
            onChange={(e) => set({ end: e.target.value })}
          />
          <FieldMessage path={`${base}.end`} />
        </div>
      )}
      {props.endMode !== "until" && <FieldMessage path={`${base}.end`} />}
    </fieldset>
  );
}
