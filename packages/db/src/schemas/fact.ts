import { z } from "zod";
import { FACT_DATA_SCHEMAS, type FactKind } from "./fact-data";
import { ZValidTime } from "./partial-date";
import { ZCitationInput } from "./source";
import { noNul } from "./text";

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
  .describe("Why this revision was made");

/**
 * An id as PostgreSQL's uuid type holds it: any 128-bit value in 8-4-4-4-12 hex. Not z.uuid(), which
 * also demands an RFC 9562 version and variant: ids the database made or accepted (e.g. by a bulk
 * load) must be ids the API accepts.
 */
export const ZUuid = z.guid();
