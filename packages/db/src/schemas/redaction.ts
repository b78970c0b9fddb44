import { ZUuid } from "@dyad/core/schemas/fact";
import { z } from "zod";

/**
 * A takedown's reason is public (the fact's history shows it), so it must say why without
 * repeating what was withdrawn.
 */
export const ZRedactionReason = z
  .string()
  .trim()
  .min(1, "Say why the text is withdrawn (shown publicly; do not repeat the text)")
  .max(500)
  .describe("Why the fact's text was withdrawn from public view, shown in its public history");

export const ZRedactFactRequest = z.strictObject({ factId: ZUuid, reason: ZRedactionReason });
export type TRedactFactRequest = z.input<typeof ZRedactFactRequest>;
