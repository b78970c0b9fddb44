// Stored as JSON in relation.related_links (a migration is needed to rename or remove a field).
import { z } from "zod";

/** A link an article gives for further reading: navigation of the relation, never a fact. */
export const ZRelatedLink = z.strictObject({
  title: z.string().min(1).max(500).describe("The linked page's title, as the article gives it"),
  kind: z.enum(["SEE_ALSO", "EXTERNAL", "CATEGORY"]).describe("The list the article gives it in"),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional()
    .describe("Its address, when the article gives one"),
});
export type TRelatedLink = z.infer<typeof ZRelatedLink>;

export const ZRelatedLinks = z.array(ZRelatedLink).max(200);
