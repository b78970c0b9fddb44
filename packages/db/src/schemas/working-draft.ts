// Inputs of autosave (packages/db/src/working-drafts). A working copy is whatever the form holds
// mid-edit, so it is not checked as a fact (a statement may be empty, a year half typed): only
// its shape and size are, so the form can always load it back.

import { ZSection } from "@dyad/core/schemas/fact";
import { ZFactKind } from "@dyad/core/schemas/fact-data";
import { noHiddenControls, noNul } from "@dyad/core/schemas/text";
import { ZUuid } from "@dyad/core/schemas/uuid";
import { z } from "zod";

/** Text as typed into a form: bounded, without NUL or hidden control characters. */
export const ZTyped = (max: number) =>
  z
    .string()
    .max(max)
    .refine(...noNul)
    .refine(...noHiddenControls);

/** At most this much JSON per working copy: a fact's form holds a few kilobytes. */
const MAX_JSON = 200_000;

export const ZWorkingDraftContent = z
  .strictObject({
    kind: ZFactKind,
    section: ZSection,
    statement: ZTyped(5000),
    validTime: z.strictObject({ start: ZTyped(40).nullable(), end: ZTyped(40).nullable().optional() }),
    data: z.record(ZTyped(100), z.json()),
    sources: z
      .array(
        z.strictObject({
          sourceId: ZUuid.optional(),
          locator: ZTyped(1000).optional(),
          source: z
            .strictObject({
              url: ZTyped(2000).nullable(),
              title: ZTyped(1000),
              publisher: ZTyped(1000).nullable(),
              publishedOn: ZTyped(40).nullable(),
              accessedOn: ZTyped(40).nullable(),
              kind: ZTyped(40),
            })
            .partial()
            .optional(),
        }),
      )
      .max(50),
  })
  .refine((content) => JSON.stringify(content).length <= MAX_JSON, "The form holds too much to keep");
export type TWorkingDraftContent = z.infer<typeof ZWorkingDraftContent>;

export const ZWorkingDraftInput = z.strictObject({
  factId: ZUuid,
  changeSetId: ZUuid.nullable().default(null),
  baseRevisionId: ZUuid.nullable().default(null),
  content: ZWorkingDraftContent,
  note: ZTyped(1000).default(""),
});

export const ZWorkingDraftKey = z.strictObject({ factId: ZUuid, changeSetId: ZUuid.nullable().default(null) });
