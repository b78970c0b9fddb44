import { AppError } from "@dyad/db";
import { type BulkAction, BulkForm } from "./bulk-form";
import { FiltersRefused } from "./filter-fields";
import { Pager } from "./pager";
import { SelectAll } from "./select-all";

/** What a row of a bulk list shows: its checkbox's value and name, and its other cells. */
export interface SelectableRow {
  key: string;
  value: string;
  label: string;
  cells: React.ReactNode;
}

/**
 * One page of a list whose ticked rows a bulk form above it acts on (`form`: its id, which the
 * rows' checkboxes name), with the pager; or, when the filters in the address were refused, why.
 */
export function BulkList<T>(props: {
  result: { rows: T[]; total: number; page: number; pages: number } | AppError;
  form: string;
  bulk: {
    label: string;
    action: BulkAction;
    /** The buttons, in order; those marked `reviewer` only for a reviewer (`props.reviewer`). */
    buttons: readonly { value: string; label: string; reviewer?: true }[];
    fields?: React.ReactNode;
  };
  reviewer: boolean;
  headings: string[];
  row: (item: T) => SelectableRow;
  path: string;
  search: URLSearchParams;
  noun: string;
}) {
  const { result, form } = props;
  const buttons = props.bulk.buttons
    .filter((b) => props.reviewer || !b.reviewer)
    .map(({ value, label }) => ({ value, label }));
  if (result instanceof AppError) return <FiltersRefused message={result.message} />;
  return (
    <>
      <BulkForm id={form} label={props.bulk.label} action={props.bulk.action} buttons={buttons}>
        {props.bulk.fields}
      </BulkForm>
      {result.rows.length === 0 ? (
        <p>{result.total === 0 ? `No ${props.noun} match these filters.` : "This page is past the end of the list."}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">
                  <SelectAll form={form} />
                </th>
                {props.headings.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map(props.row).map((r) => (
                <tr key={r.key}>
                  <td>
                    <input type="checkbox" form={form} name="item" value={r.value} aria-label={`Select “${r.label}”`} />
                  </td>
                  {r.cells}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        path={props.path}
        search={props.search}
        page={result.page}
        pages={result.pages}
        total={result.total}
        noun={props.noun}
      />
    </>
  );
}
