import { z } from "zod";
import { FACT_DATA_SCHEMAS, type FactKind } from "./fact-data";
import { ZValidTime } from "./partial-date";
import { ZCitationInput } from "./source";
import { noHiddenControls, noNul } from "./text";

export { ZUuid } from "./uuid";

/** Where a fact appears on its relation's page. */
export const SECTIONS = [
  "background",
  "missions",
  "agreements",
  "visits",
  "parliament",
  "economy",
  "education",
  "culture",
  "other",
] as const;
export const ZSection = z.enum(SECTIONS);
export type TSection = z.infer<typeof ZSection>;

const common = {
  section: ZSection,
  statement: z
    .string()
    .trim()
    .min(1, "Write the fact as a sentence")
    .max(5000)
    .refine(...noNul)
    .refine(...noHiddenControls)
    .describe("The fact as a readable sentence (for imports: the text as reported)"),
  validTime: ZValidTime.default({ start: null, end: null }),
  sources: z.array(ZCitationInput).max(50).default([]),
};

function variant<K extends FactKind>(kind: K) {
  return z.strictObject({ kind: z.literal(kind), data: FACT_DATA_SCHEMAS[kind], ...common });
}

/** A fact's full content: what one revision stores. */
export const ZFactContent = z.discriminatedUnion("kind", [
  variant("RECOGNITION"),
  variant("DIPLOMATIC_RELATIONS"),
  variant("AGREEMENT"),
  variant("TRADE_FIGURE"),
  variant("VISIT"),
  variant("MISSION"),
  variant("PARLIAMENTARY_GROUP"),
  variant("EDUCATION"),
  variant("CULTURE"),
  variant("GENERAL"),
]);
export type TFactContent = z.output<typeof ZFactContent>;
export type TFactContentInput = z.input<typeof ZFactContent>;

export const ZNote = z
  .string()
  .trim()
  .min(1, "Say why you made this change")
  .max(1000)
  .refine(...noNul)
  .refine(...noHiddenControls)
  .describe("Why this revision was made");
