// A suggested correction, stored in fact_flag.payload.suggestions (JSON) by the importer
// (@dyad/importer, suggest-corrections.ts) and applied by flags/apply-suggestion.ts. Adding a field is
// safe; renaming or removing one needs a data migration of the stored flags.
import { z } from "zod";
import { noHiddenControls, noNul } from "./text";

export const SUGGESTION_KINDS = ["SPELLING", "PAIR_COUNTRY", "MERGE_DUPLICATE", "AMOUNT_READING", "DIRECTION"] as const;

export const ZSuggestion = z.object({
  kind: z.enum(SUGGESTION_KINDS),
  /** What an editor reads on the button, e.g. "Anakara → Ankara". */
  label: z.string().min(1).max(300),
  /** Text of the statement to replace; it must still be there when the suggestion is applied. */
  replace: z.object({ find: z.string().min(1), with: z.string() }).optional(),
  /** Fields of the fact's `data` to set, whole values (e.g. `amount`, `city`, `flow`). */
  data: z.record(z.string(), z.unknown()).optional(),
  /** MERGE_DUPLICATE: the import key of the fact that stays; this one is merged into it. */
  mergeInto: z.string().min(1).optional(),
});
export type TSuggestion = z.infer<typeof ZSuggestion>;

/** The suggestions of a flag's payload; a flag raised before suggestions existed has none. */
export function suggestionsOf(payload: unknown): TSuggestion[] {
  const list = (payload as { suggestions?: unknown } | null)?.suggestions;
  const parsed = z.array(ZSuggestion).safeParse(list);
  return parsed.success ? parsed.data : [];
}

export const ZApplySuggestionInput = z.object({
  flagId: z.string(),
  factId: z.string(),
  /** Which of the flag's suggestions (0 = the first). */
  index: z.number().int().min(0).max(20),
});

export const ZDismissReason = z
  .string({ error: "Say why you dismiss this warning" })
  .trim()
  .min(1, "Say why you dismiss this warning")
  .max(1000)
  .refine(...noNul)
  .refine(...noHiddenControls)
  .describe("Why the flag does not call for a change");

export const ZDismissFlagInput = z.object({ flagId: z.string(), factId: z.string(), reason: z.unknown() });
