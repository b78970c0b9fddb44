"use server";

import { changePassword, endUserSessions, parseInput, ZActionForm } from "@dyad/db";
import { type ActionResult, runAction } from "../../lib/action-result";
import { requireActionActor } from "../../lib/auth/session";

export async function changeOwnPasswordAction(_: unknown, input: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const form = parseInput(ZActionForm, input);
    await changePassword({
      userId: actor.id,
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      actor,
    });
    return null;
  });
}

export async function signOutEverywhereAction(): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    await endUserSessions({ userId: actor.id, actor });
    return null;
  });
}
