"use server";

import { type BulkItemResult, bulkChangeSetAction, parseInput, ZActionForm, ZBulkStep } from "@dyad/db";
import { revalidatePath } from "next/cache";
import { env } from "@/env";
import { type ActionResult, field, runAction } from "@/lib/action-result";
import { requireActionActor } from "@/lib/auth/session";

/** The change-set list's bulk buttons ("do": submit or approve) on the ticked change-sets. */
export async function bulkChangeSetsAction(_: unknown, input: FormData): Promise<ActionResult<BulkItemResult[]>> {
  return runAction(async () => {
    const form = parseInput(ZActionForm, input);
    const what = field(form, "do");
    const actor = await requireActionActor(what === "approve" ? "REVIEWER" : "EDITOR");
    const results = await bulkChangeSetAction({
      action: parseInput(ZBulkStep, what),
      changeSetIds: form.getAll("item").map(String),
      allowSelfApproval: env().DYAD_ALLOW_SELF_APPROVAL === "true",
      actor,
    });
    revalidatePath("/change-sets");
    return results;
  });
}
