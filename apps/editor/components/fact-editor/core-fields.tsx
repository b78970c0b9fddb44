"use client";

import type { FactKind, NamedField, TSection } from "@dyad/db";
import { DEFAULT_SECTION, KIND_LABELS, SECTION_LABELS } from "@/lib/labels";
import { type FormState, toFormState } from "./form-state";
import { FieldMessage, useFieldA11y } from "./issues";

/** The fields every fact has: its kind (chosen once, when it is created), statement and section. */
export function CoreFields({
  form,
  setForm,
  specs,
  chooseKind,
}: {
  form: FormState;
  setForm: (form: FormState) => void;
  specs: Partial<Record<FactKind, NamedField[]>>;
  chooseKind: boolean;
}) {
  const statementA11y = useFieldA11y("statement");
  return (
    <>
      {chooseKind && (
        <div className="field">
          <label htmlFor="kind">Kind of fact</label>
          <select
            id="kind"
            value={form.kind}
            onChange={(e) => {
              const kind = e.target.value as FactKind;
              const next = toFormState(
                { kind, section: DEFAULT_SECTION[kind], statement: form.statement, data: {} },
                specs[kind] ?? [],
                {},
              );
              setForm({ ...next, start: form.start, endMode: form.endMode, end: form.end, sources: form.sources });
            }}
          >
            {Object.entries(KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={statementA11y.id}>Statement</label>
        <span className="help" id="statement-help">
          The fact as one readable sentence, as the public site will show it.
        </span>
        <textarea
          {...statementA11y}
          aria-describedby={[statementA11y["aria-describedby"], "statement-help"].filter(Boolean).join(" ")}
          rows={4}
          value={form.statement}
          onChange={(e) => setForm({ ...form, statement: e.target.value })}
        />
        <FieldMessage path="statement" />
      </div>
      <div className="field">
        <label htmlFor="f-section">Section of the relation page</label>
        <select
          id="f-section"
          data-path="section"
          value={form.section}
          onChange={(e) => setForm({ ...form, section: e.target.value as TSection })}
        >
          {Object.entries(SECTION_LABELS).map(([s, label]) => (
            <option key={s} value={s}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
