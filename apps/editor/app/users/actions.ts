"use server";

import {
  changePassword,
  changeUserRole,
  createUser,
  endUserSessions,
  parseInput,
  setUserDisabled,
  unlockSignIn,
  ZActionForm,
} from "@dyad/db";
import { revalidatePath } from "next/cache";
import { type ActionResult, field, runAction } from "@/lib/action-result";
import { requireActionActor } from "@/lib/auth/session";

export async function createUserAction(_: unknown, input: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const actor = await requireActionActor("ADMIN");
    const form = parseInput(ZActionForm, input);
    // Unchecked: createUser parses the form's fields with its own schema (a role it does not know is INVALID).
    const user = await createUser.unchecked({
      email: field(form, "email"),
      name: field(form, "name"),
      role: field(form, "role"),
      password: String(form.get("password") ?? ""),
      actor,
    });
    revalidatePath("/users");
    return { email: user.email };
  });
}

/** One action for the row's buttons: which one is in the form's "do" field. */
export async function userRowAction(_: unknown, input: FormData): Promise<ActionResult<{ done: string }>> {
  return runAction(async () => {
    const actor = await requireActionActor("ADMIN");
    const form = parseInput(ZActionForm, input);
    const userId = field(form, "userId");
    const what = field(form, "do");
    if (what === "role") await changeUserRole.unchecked({ userId, role: field(form, "role"), actor });
    else if (what === "disable") await setUserDisabled({ userId, disabled: true, actor });
    else if (what === "enable") await setUserDisabled({ userId, disabled: false, actor });
    else if (what === "sessions") await endUserSessions({ userId, actor });
    else if (what === "unlock") await unlockSignIn({ userId, actor });
    else if (what === "password") {
      await changePassword({ userId, newPassword: String(form.get("password") ?? ""), actor });
    } else return { done: "Nothing to do" };
    revalidatePath("/users");
    return { done: DONE[what] ?? "Done" };
  });
}

const DONE: Record<string, string> = {
  role: "Role changed; their sessions ended.",
  disable: "Account disabled; its sessions ended.",
  enable: "Account enabled.",
  sessions: "Every session of this account ended.",
  unlock: "Sign-in unlocked: earlier failed attempts no longer count.",
  password: "Password set; their sessions ended.",
};
