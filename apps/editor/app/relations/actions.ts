"use server";

import { createRelation, parseInput, updateRelationSummary, ZActionForm } from "@dyad/db";
import { revalidatePath } from "next/cache";
import { type ActionResult, field, runAction } from "@/lib/action-result";
import { requireActionActor } from "@/lib/auth/session";

export async function createRelationAction(_: unknown, input: FormData): Promise<ActionResult<{ slug: string }>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const form = parseInput(ZActionForm, input);
    const relation = await createRelation({ countryCodes: [field(form, "countryA"), field(form, "countryB")], actor });
    revalidatePath("/relations");
    return { slug: relation.slug };
  });
}

export async function updateSummaryAction(_: unknown, input: FormData): Promise<ActionResult<{ summary: string }>> {
  return runAction(async () => {
    const actor = await requireActionActor("REVIEWER");
    const form = parseInput(ZActionForm, input);
    const summary = String(form.get("summary") ?? "");
    await updateRelationSummary({
      relationId: field(form, "relationId"),
      expectedSummary: String(form.get("expectedSummary") ?? ""),
      summary,
      actor,
    });
    revalidatePath(`/relations/${field(form, "slug")}`);
    return { summary: summary.trim() };
  });
}
