"use client";

import { enumLabel } from "@/lib/labels";
import type { SourceState } from "./form-state";
import { FieldMessage, useFieldA11y } from "./issues";

const SOURCE_KINDS = ["ARTICLE", "WEBSITE", "GOVERNMENT", "NEWS", "BOOK", "DATASET", "OTHER"];

const newSource = (): SourceState => ({
  mode: "new",
  url: "",
  title: "",
  publisher: "",
  publishedOn: "",
  accessedOn: new Date().toISOString().slice(0, 10),
  kind: "WEBSITE",
  locator: "",
});

/**
 * The fact's citations. A source already in Dyad is shared by every fact that cites it, so it
 * is shown, not edited: remove the citation and add a new source instead.
 */
export function SourcesField(props: { sources: SourceState[]; onChange: (sources: SourceState[]) => void }) {
  const { sources, onChange } = props;
  const update = (i: number, patch: Partial<SourceState>) =>
    onChange(sources.map((s, j) => (j === i ? ({ ...s, ...patch } as SourceState) : s)));
  const a11y = useFieldA11y("sources");
  return (
    <fieldset aria-describedby={a11y["aria-describedby"]} id={a11y.id} tabIndex={-1}>
      <legend>Sources</legend>
      {sources.length === 0 && <p className="muted small">No sources yet. A fact needs one before it is published.</p>}
      {sources.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: citations are edited in place; inputs are controlled
        <fieldset key={i}>
          <legend>Source {i + 1}</legend>
          {s.mode === "existing" ? (
            <p>
              {/* Only http(s) addresses become links, whatever a stored row holds. */}
              {s.url && /^https?:\/\//i.test(s.url) ? (
                <a href={s.url} target="_blank" rel="noreferrer noopener">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
              {s.publisher && <span className="muted"> · {s.publisher}</span>}
            </p>
          ) : (
            <>
              <TextInput
                path={`sources.${i}.source.title`}
                label="Title"
                value={s.title}
                onChange={(title) => update(i, { title })}
              />
              <TextInput
                path={`sources.${i}.source.url`}
                label="Address (URL)"
                type="url"
                optional
                help="http:// or https:// only"
                value={s.url}
                onChange={(url) => update(i, { url })}
              />
              <div className="row">
                <TextInput
                  path={`sources.${i}.source.publisher`}
                  label="Publisher"
                  optional
                  value={s.publisher}
                  onChange={(publisher) => update(i, { publisher })}
                />
                <div className="field">
                  <label htmlFor={`source-kind-${i}`}>Kind of source</label>
                  <select id={`source-kind-${i}`} value={s.kind} onChange={(e) => update(i, { kind: e.target.value })}>
                    {SOURCE_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {enumLabel(k)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="row">
                <TextInput
                  path={`sources.${i}.source.publishedOn`}
                  label="Published on"
                  type="date"
                  optional
                  value={s.publishedOn}
                  onChange={(publishedOn) => update(i, { publishedOn })}
                />
                <TextInput
                  path={`sources.${i}.source.accessedOn`}
                  label="Accessed on"
                  type="date"
                  optional
                  value={s.accessedOn}
                  onChange={(accessedOn) => update(i, { accessedOn })}
                />
              </div>
            </>
          )}
          <TextInput
            path={`sources.${i}.locator`}
            label="Where in the source"
            optional
            help="A section, page or paragraph"
            value={s.locator}
            onChange={(locator) => update(i, { locator })}
          />
          <FieldMessage path={`sources.${i}`} />
          <button type="button" className="secondary" onClick={() => onChange(sources.filter((_, j) => j !== i))}>
            Remove source {i + 1}
          </button>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onChange([...sources, newSource()])}>
          Add a source
        </button>
      </div>
      <FieldMessage path="sources" />
    </fieldset>
  );
}

function TextInput(props: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "url" | "date";
  optional?: boolean;
  help?: string;
}) {
  const helpId = props.help ? `${props.path.replace(/\W+/g, "-")}-help` : undefined;
  const a11y = useFieldA11y(props.path, helpId);
  return (
    <div className="field">
      <label htmlFor={a11y.id}>
        {props.label}
        {props.optional && <span className="muted small"> (optional)</span>}
      </label>
      {props.help && (
        <span className="help" id={helpId}>
          {props.help}
        </span>
      )}
      <input
        {...a11y}
        type={props.type ?? "text"}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <FieldMessage path={props.path} />
    </div>
  );
}
