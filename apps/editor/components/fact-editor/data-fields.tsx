"use client";

import type { FieldSpec, NamedField } from "@dyad/db";
import type { CountryOption } from "@/lib/countries";
import { enumLabel, fieldLabel, HELP_OVERRIDES } from "@/lib/labels";
import { type DataValue, emptyItem } from "./form-state";
import { FieldMessage, fieldId, useFieldA11y } from "./issues";

export interface Pickers {
  /** The relation's two countries, offered first. */
  pair: CountryOption[];
  countries: CountryOption[];
  currencies: string[];
}

export const DATE_HELP = "A year (2006), a month (2006-11) or a day (2006-11-23)";

const SINGULAR: Record<string, string> = { people: "person", parties: "party", organisations: "organisation" };
const singular = (key: string) => SINGULAR[key] ?? key.replace(/s$/, "");

/** A kind's structured fields, rendered from its FieldSpec (derived from the zod schema). */
export function DataFields(props: {
  fields: NamedField[];
  value: Record<string, DataValue>;
  onChange: (value: Record<string, DataValue>) => void;
  path: string;
  pickers: Pickers;
}) {
  return (
    <>
      {props.fields.map((f) => (
        <FieldInput
          key={f.key}
          field={f}
          path={`${props.path}.${f.key}`}
          value={props.value[f.key] ?? ""}
          onChange={(v) => props.onChange({ ...props.value, [f.key]: v })}
          pickers={props.pickers}
        />
      ))}
    </>
  );
}

function FieldInput(props: {
  field: NamedField;
  path: string;
  value: DataValue;
  onChange: (value: DataValue) => void;
  pickers: Pickers;
  label?: string;
}) {
  const { field, path, pickers } = props;
  const label = props.label ?? fieldLabel(field.key);
  const help = HELP_OVERRIDES[field.key] ?? field.help ?? (field.spec.type === "date" ? DATE_HELP : undefined);
  const helpId = help ? `${fieldId(path)}-help` : undefined;
  const a11y = useFieldA11y(path, helpId);
  const spec = field.spec;

  if (spec.type === "group") {
    return (
      <fieldset>
        <legend>{label}</legend>
        {field.help && <p className="help small muted">{field.help}</p>}
        <DataFields
          fields={spec.fields}
          path={path}
          value={asObject(props.value)}
          onChange={props.onChange}
          pickers={pickers}
        />
        <FieldMessage path={path} />
      </fieldset>
    );
  }
  if (spec.type === "list") {
    const items = Array.isArray(props.value) ? props.value : [];
    const itemName = singular(field.key);
    return (
      <fieldset aria-describedby={a11y["aria-describedby"]} id={a11y.id} tabIndex={-1}>
        <legend>
          {label}
          {spec.min > 0 && <span className="muted small"> (at least {spec.min})</span>}
        </legend>
        {field.help && (
          <p className="help small muted" id={helpId}>
            {field.help}
          </p>
        )}
        {items.map((item, i) => {
          const itemPath = `${path}.${i}`;
          const itemLabel = `${fieldLabel(itemName)} ${i + 1}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity of their own; inputs are controlled
            <div key={i} className="row">
              <div style={{ flex: "1 1 16rem" }}>
                <FieldInput
                  field={{ key: itemName, required: true, spec: spec.item }}
                  path={itemPath}
                  label={itemLabel}
                  value={item}
                  onChange={(v) => props.onChange(items.map((old, j) => (j === i ? v : old)))}
                  pickers={pickers}
                />
              </div>
              <div className="field" style={{ flex: "0 0 auto" }}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => props.onChange(items.filter((_, j) => j !== i))}
                >
                  Remove {itemLabel.toLowerCase()}
                </button>
              </div>
            </div>
          );
        })}
        {(spec.max === undefined || items.length < spec.max) && (
          <div className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() => props.onChange([...items, emptyItem(spec.item)])}
            >
              Add {itemName}
            </button>
          </div>
        )}
        <FieldMessage path={path} />
      </fieldset>
    );
  }
  const text = typeof props.value === "string" ? props.value : "";
  return (
    <div className="field">
      <label htmlFor={a11y.id}>
        {label}
        {!field.required && <span className="muted small"> (optional)</span>}
      </label>
      {help && (
        <span className="help" id={helpId}>
          {help}
        </span>
      )}
      <ScalarInput
        spec={spec}
        value={text}
        onChange={props.onChange}
        a11y={a11y}
        required={field.required}
        pickers={pickers}
      />
      <FieldMessage path={path} />
    </div>
  );
}

function ScalarInput(props: {
  spec: Exclude<FieldSpec, { type: "list" | "group" }>;
  value: string;
  onChange: (value: string) => void;
  a11y: ReturnType<typeof useFieldA11y>;
  required: boolean;
  pickers: Pickers;
}) {
  const { spec, value, a11y, pickers } = props;
  const change = (e: { target: { value: string } }) => props.onChange(e.target.value);
  if (spec.type === "enum") {
    return (
      <select {...a11y} value={value} onChange={change} required={props.required}>
        <option value="">{props.required ? "Choose…" : "— none —"}</option>
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {enumLabel(o)}
          </option>
        ))}
      </select>
    );
  }
  if (spec.type === "country") {
    const others = pickers.countries.filter((c) => !pickers.pair.some((p) => p.code === c.code));
    return (
      <select {...a11y} value={value} onChange={change} required={props.required}>
        <option value="">{props.required ? "Choose a country…" : "— none —"}</option>
        <optgroup label="This relation">
          {pickers.pair.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
        <optgroup label="Other countries">
          {others.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
      </select>
    );
  }
  if (spec.type === "currency") {
    return (
      <>
        <input
          {...a11y}
          type="text"
          list={`${a11y.id}-currencies`}
          value={value}
          onChange={(e) => props.onChange(e.target.value.toUpperCase())}
          maxLength={3}
          autoComplete="off"
          placeholder="USD"
          required={props.required}
        />
        <datalist id={`${a11y.id}-currencies`}>
          {pickers.currencies.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </>
    );
  }
  if (spec.type === "date") {
    return <input {...a11y} type="text" value={value} onChange={change} inputMode="numeric" />;
  }
  if (spec.type === "number") {
    return (
      <input
        {...a11y}
        type="text"
        value={value}
        onChange={change}
        inputMode="decimal"
        required={props.required && !spec.nullable}
      />
    );
  }
  return (
    <input {...a11y} type="text" value={value} onChange={change} maxLength={spec.maxLength} required={props.required} />
  );
}

function asObject(value: DataValue): Record<string, DataValue> {
  return value && typeof value === "object" && !Array.isArray(value) ? value : {};
}
