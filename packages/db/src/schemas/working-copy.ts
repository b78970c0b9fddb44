// Inputs of autosave for the forms that have no fact yet (packages/db/src/working-copies). Each
// form kind has its own content schema; like a fact's working copy, what is typed mid-edit is
// checked for shape and size only, so the form can always load it back.

import { noNul } from "@dyad/core/schemas/text";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import { ZTyped, ZWorkingDraftContent } from "./working-draft";

export const WORKING_COPY_FORMS = ["NEW_FACT", "CHANGE_SET_SUMMARY", "OPEN_CHANGE_SET", "IMPORT"] as const;

/**
 * An article kept as it is typed: a relations article is about 100 kB, so this bound leaves room
 * while keeping each autosave request small; a longer one is imported without autosave.
 */
const MAX_KEPT_ARTICLE = 1_000_000;

/** The import page's adjustments: per proposal, whether it is ticked and, if edited by hand, its fields. */
const ZImportAdjustments = z
  .record(ZTyped(200), z.strictObject({ accept: z.boolean(), content: ZWorkingDraftContent.optional() }))
  .refine((all) => Object.keys(all).length <= 2000, "The import holds too many proposals to keep");
export type TWorkingCopyForm = (typeof WORKING_COPY_FORMS)[number];

/**
 * What each form holds: the new fact's fields and note; a relation's summary; a change-set's title
 * and description; the import page's article, where it was read and the adjustments to its proposals.
 */
export const WORKING_COPY_CONTENT = {
  NEW_FACT: z.strictObject({ fact: ZWorkingDraftContent, note: ZTyped(1000) }),
  CHANGE_SET_SUMMARY: z.strictObject({ summary: ZTyped(5000) }),
  OPEN_CHANGE_SET: z.strictObject({ title: ZTyped(200), description: ZTyped(5000) }),
  IMPORT: z.strictObject({
    text: z
      .string()
      .max(MAX_KEPT_ARTICLE, "The article is too long to keep as you work (over 1,000,000 characters)")
      .refine(...noNul),
    originUrl: ZTyped(2000),
    retrievedOn: ZTyped(40),
    adjustments: ZImportAdjustments,
  }),
} as const;
export type TWorkingCopyContent<F extends TWorkingCopyForm> = z.infer<(typeof WORKING_COPY_CONTENT)[F]>;

/** Which copy: a new fact's by relation (and change-set, if any), a summary's by relation and change-set. */
const keys = {
  NEW_FACT: { form: z.literal("NEW_FACT"), relationId: ZUuid, changeSetId: ZUuid.nullable().default(null) },
  CHANGE_SET_SUMMARY: { form: z.literal("CHANGE_SET_SUMMARY"), relationId: ZUuid, changeSetId: ZUuid },
  OPEN_CHANGE_SET: { form: z.literal("OPEN_CHANGE_SET") },
  IMPORT: { form: z.literal("IMPORT") },
};

export const ZWorkingCopyKey = z.discriminatedUnion("form", [
  z.strictObject(keys.NEW_FACT),
  z.strictObject(keys.CHANGE_SET_SUMMARY),
  z.strictObject(keys.OPEN_CHANGE_SET),
  z.strictObject(keys.IMPORT),
]);
export type TWorkingCopyKey = z.infer<typeof ZWorkingCopyKey>;

export const ZWorkingCopyInput = z.discriminatedUnion("form", [
  z.strictObject({ ...keys.NEW_FACT, content: WORKING_COPY_CONTENT.NEW_FACT }),
  z.strictObject({ ...keys.CHANGE_SET_SUMMARY, content: WORKING_COPY_CONTENT.CHANGE_SET_SUMMARY }),
  z.strictObject({ ...keys.OPEN_CHANGE_SET, content: WORKING_COPY_CONTENT.OPEN_CHANGE_SET }),
  z.strictObject({ ...keys.IMPORT, content: WORKING_COPY_CONTENT.IMPORT }),
]);
