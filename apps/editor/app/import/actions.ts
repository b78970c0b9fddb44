"use server";

import {
  acceptImportProposals,
  parseInput,
  previewImport,
  ZAcceptImportInput,
  ZArticleOrigin,
  ZImportTextInput,
  z,
} from "@dyad/db";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { requireActionActor } from "@/lib/auth/session";

/** Analyze an article and dry-run its import: nothing is written. */
export async function previewImportAction(text: string) {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    return previewImport({ text: parseInput(ZImportTextInput, text), actor });
  });
}

const ZProposals = z.array(z.object({ importKey: z.string(), content: z.record(z.string(), z.unknown()).optional() }));

/** Accept one batch of proposals as drafts (the page sends a long article's in several batches). */
export async function acceptImportAction(input: { text: string; proposals: unknown; origin?: unknown }) {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const { text, proposals: given, origin } = parseInput(ZAcceptImportInput, input);
    const proposals = ZProposals.safeParse(given);
    const result = await acceptImportProposals({
      text,
      proposals: proposals.success ? proposals.data : [],
      origin: origin === undefined ? undefined : parseInput(ZArticleOrigin, origin),
      actor,
    });
    revalidatePath(`/relations/${result.relationSlug}`);
    return result;
  });
}
