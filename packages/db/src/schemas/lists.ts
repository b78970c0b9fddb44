// The editor's lists (facts, change-sets): filters, sort and paging as they arrive in a page's
// search params. Every value is a string or absent; an empty field means "any". A bad value is an
// INVALID error naming the field, shown above the list instead of an empty page.

import { noNul } from "@dyad/core/schemas/text";
import { z } from "zod";
import { ChangeSetState, FactKind, ReviewState } from "../generated/prisma/enums";

/** "" (an empty form field) counts as absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** A page of at most 100 rows: a list is for reading, not for exporting. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
const paging = {
  page: optional(
    z.coerce.number({ message: "a page number" }).int("a whole page number").min(1, "pages start at 1").max(10_000),
  ).default(1),
  pageSize: optional(
    z.coerce
      .number()
      .int()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `one of ${PAGE_SIZES.join(", ")}`),
  ).default(25),
  order: optional(z.enum(["asc", "desc"], { message: "asc or desc" })).default("desc"),
};

const changedSince = optional(
  z.iso.date({ message: "a date such as 2026-12-01" }).transform((d) => new Date(`${d}T00:00:00Z`)),
);
/** Free text from the address bar: PostgreSQL refuses a NUL in text (a 500 before this). */
export const filterText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine(...noNul);
const author = optional(filterText(200));

export const FACT_LIST_SORTS = ["changed", "created", "relation", "kind"] as const;
export const ZFactListQuery = z.strictObject({
  relation: optional(filterText(200)),
  kind: optional(z.enum(FactKind, { message: "not a kind of fact" })),
  state: optional(z.enum(ReviewState, { message: `one of ${Object.keys(ReviewState).join(", ")}` })),
  flagged: optional(z.enum(["yes", "no"], { message: "yes or no" })),
  author,
  changedSince,
  sort: optional(z.enum(FACT_LIST_SORTS, { message: `one of ${FACT_LIST_SORTS.join(", ")}` })).default("changed"),
  ...paging,
});
export type TFactListQuery = z.input<typeof ZFactListQuery>;

export const CHANGE_SET_LIST_SORTS = ["changed", "created", "title"] as const;
export const ZChangeSetListQuery = z.strictObject({
  state: optional(z.enum(ChangeSetState, { message: `one of ${Object.keys(ChangeSetState).join(", ")}` })),
  /** Change-sets holding a change to a fact of this relation (its slug). */
  relation: optional(filterText(200)),
  author,
  changedSince,
  sort: optional(z.enum(CHANGE_SET_LIST_SORTS, { message: `one of ${CHANGE_SET_LIST_SORTS.join(", ")}` })).default(
    "changed",
  ),
  ...paging,
});
export type TChangeSetListQuery = z.input<typeof ZChangeSetListQuery>;

/** At most one page of rows per bulk action. */
const MAX_BULK = 100;
/** The bulk buttons every list has; the fact list also adds to a change-set. */
export const ZBulkStep = z.enum(["submit", "approve"], { message: "Choose submit or approve" });
export const ZBulkFactInput = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("addToChangeSet"),
    changeSetId: z.string({ message: "Choose a change-set" }).min(1, "Choose a change-set"),
    factIds: z.array(z.string()).min(1, "Tick at least one fact").max(MAX_BULK),
  }),
  z.object({
    action: ZBulkStep,
    /** Each fact with the revision the list showed: a draft saved since is not acted on unseen. */
    items: z
      .array(z.object({ factId: z.string(), revisionId: z.string() }))
      .min(1, "Tick at least one fact")
      .max(MAX_BULK),
    /** approve: the deployment's DYAD_ALLOW_SELF_APPROVAL, as approveFact takes it. */
    allowSelfApproval: z.boolean().optional(),
  }),
]);
export type TBulkFactInput = z.input<typeof ZBulkFactInput>;

export const ZBulkChangeSetInput = z.object({
  action: ZBulkStep,
  changeSetIds: z.array(z.string()).min(1, "Tick at least one change-set").max(MAX_BULK),
});
export type TBulkChangeSetInput = z.input<typeof ZBulkChangeSetInput>;
