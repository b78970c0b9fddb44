"use server";

import { type BulkItemResult, bulkFactAction, parseInput, ZActionForm, ZBulkStep } from "@dyad/db";
import { revalidatePath } from "next/cache";
import { env } from "@/env";
import { type ActionResult, field, runAction } from "@/lib/action-result";
import { requireActionActor } from "@/lib/auth/session";

/**
 * The fact list's bulk buttons: "do" says which; each ticked row is "factId:revisionId" (the
 * revision the list showed). The role is checked here and again by the domain operation.
 */
export async function bulkFactsAction(_: unknown, input: FormData): Promise<ActionResult<BulkItemResult[]>> {
  return runAction(async () => {
    const form = parseInput(ZActionForm, input);
    const what = field(form, "do");
    const actor = await requireActionActor(what === "approve" ? "REVIEWER" : "EDITOR");
    const rows = form.getAll("item").map((v) => String(v).split(":"));
    const results =
      what === "addToChangeSet"
        ? await bulkFactAction({
            action: what,
            changeSetId: field(form, "changeSetId"),
            factIds: rows.map(([factId]) => factId ?? ""),
            actor,
          })
        : await bulkFactAction({
            action: parseInput(ZBulkStep, what),
            items: rows.map(([factId, revisionId]) => ({ factId: factId ?? "", revisionId: revisionId ?? "" })),
            allowSelfApproval: env().DYAD_ALLOW_SELF_APPROVAL === "true",
            actor,
          });
    revalidatePath("/facts");
    revalidatePath("/");
    return results;
  });
}
