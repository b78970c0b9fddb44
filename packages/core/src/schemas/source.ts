import { z } from "zod";
import { ZText } from "./text";
import { ZUuid } from "./uuid";

export const ZHttpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2000)
  .describe("An http(s) address");

export const ZSourceKind = z.enum(["ARTICLE", "WEBSITE", "GOVERNMENT", "NEWS", "BOOK", "DATASET", "OTHER"]);

const isoDay = z.iso.date();

export const ZSourceInput = z.strictObject({
  url: ZHttpUrl.nullable().default(null),
  title: ZText(500),
  publisher: ZText(300).nullable().default(null),
  publishedOn: isoDay.nullable().default(null),
  accessedOn: isoDay.nullable().default(null),
  kind: ZSourceKind.default("WEBSITE"),
});
export type TSourceInput = z.input<typeof ZSourceInput>;

/** A citation on a revision: an existing source by id, or a new source described inline. */
export const ZCitationInput = z
  .strictObject({
    sourceId: ZUuid.optional(),
    source: ZSourceInput.optional(),
    locator: ZText(300).optional().describe("Section, page or paragraph"),
  })
  .refine((c) => (c.sourceId ? !c.source : !!c.source), "Give either sourceId or source");
export type TCitationInput = z.input<typeof ZCitationInput>;
