import { PAGE_SIZES } from "@dyad/db";
import { SelectField, SubmitField } from "./filter-fields";

const ORDERS = [
  ["desc", "Newest / Z first"],
  ["asc", "Oldest / A first"],
] as const;
const SIZES = PAGE_SIZES.map((n) => [String(n), String(n)] as const);

/** A paged list's sort, order and page size fields, and the filter form's "Show" button. */
export function SortFields(props: {
  ids: { sort: string; order: string; pageSize: string };
  sorts: readonly (readonly [string, string])[];
  value: (key: "sort" | "order" | "pageSize") => string;
}) {
  return (
    <>
      <SelectField id={props.ids.sort} name="sort" label="Sort by" value={props.value("sort")} options={props.sorts} />
      <SelectField id={props.ids.order} name="order" label="Order" value={props.value("order")} options={ORDERS} />
      <SelectField
        id={props.ids.pageSize}
        name="pageSize"
        label="Per page"
        value={props.value("pageSize") || "25"}
        options={SIZES}
      />
      <SubmitField label="Show" />
    </>
  );
}
