// Inputs of autosave for the forms that have no fact yet (packages/db/src/working-copies). Each
// form kind has its own content schema; like a fact's working copy, what is typed mid-edit is
// checked for shape and size only, so the form can always load it back.

import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";
import { ZTyped, ZWorkingDraftContent } from "./working-draft";

export const WORKING_COPY_FORMS = ["NEW_FACT", "CHANGE_SET_SUMMARY", "OPEN_CHANGE_SET"] as const;
export type TWorkingCopyForm = (typeof WORKING_COPY_FORMS)[number];

/** What each form holds: the new fact's fields and note; a relation's summary; a change-set's title and description. */
export const WORKING_COPY_CONTENT = {
  NEW_FACT: z.strictObject({ fact: ZWorkingDraftContent, note: ZTyped(1000) }),
  CHANGE_SET_SUMMARY: z.strictObject({ summary: ZTyped(5000) }),
  OPEN_CHANGE_SET: z.strictObject({ title: ZTyped(200), description: ZTyped(5000) }),
} as const;
export type TWorkingCopyContent<F extends TWorkingCopyForm> = z.infer<(typeof WORKING_COPY_CONTENT)[F]>;

/** Which copy: a new fact's by relation (and change-set, if any), a summary's by relation and change-set. */
const keys = {
  NEW_FACT: { form: z.literal("NEW_FACT"), relationId: ZUuid, changeSetId: ZUuid.nullable().default(null) },
  CHANGE_SET_SUMMARY: { form: z.literal("CHANGE_SET_SUMMARY"), relationId: ZUuid, changeSetId: ZUuid },
  OPEN_CHANGE_SET: { form: z.literal("OPEN_CHANGE_SET") },
};

export const ZWorkingCopyKey = z.discriminatedUnion("form", [
  z.strictObject(keys.NEW_FACT),
  z.strictObject(keys.CHANGE_SET_SUMMARY),
  z.strictObject(keys.OPEN_CHANGE_SET),
]);
export type TWorkingCopyKey = z.infer<typeof ZWorkingCopyKey>;

export const ZWorkingCopyInput = z.discriminatedUnion("form", [
  z.strictObject({ ...keys.NEW_FACT, content: WORKING_COPY_CONTENT.NEW_FACT }),
  z.strictObject({ ...keys.CHANGE_SET_SUMMARY, content: WORKING_COPY_CONTENT.CHANGE_SET_SUMMARY }),
  z.strictObject({ ...keys.OPEN_CHANGE_SET, content: WORKING_COPY_CONTENT.OPEN_CHANGE_SET }),
]);
