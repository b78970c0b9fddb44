/** A labelled drop-down of a filter form; `blank` is the first choice, "any", when there is one. */
export function SelectField(props: {
  id: string;
  name?: string;
  label: string;
  value: string;
  blank?: string;
  /** Value → label, in order. */
  options: Readonly<Record<string, string>> | readonly (readonly [string, string])[];
}) {
  const options = Array.isArray(props.options) ? props.options : Object.entries(props.options);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name ?? props.id} defaultValue={props.value}>
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled text or date box of a filter form. */
export function InputField(props: { id: string; name?: string; label: string; value: string; type?: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} name={props.name ?? props.id} type={props.type} defaultValue={props.value} />
    </div>
  );
}

/** The filter form's button, at the end of its last row. */
export function SubmitField({ label }: { label: string }) {
  return (
    <div className="field" style={{ flex: "0 0 auto" }}>
      <button type="submit">{label}</button>
    </div>
  );
}

/** Why the list's filters in the address were refused, in place of the list. */
export function FiltersRefused({ message }: { message: string }) {
  return (
    <p className="notice error" role="alert">
      Check the filters: {message}
    </p>
  );
}
