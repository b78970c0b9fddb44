"use server";

import { ZApiScope } from "@dyad/api-contract";
import {
  changePassword,
  clientAddress,
  createApiToken,
  endUserSessions,
  parseInput,
  revokeApiToken,
  ZActionForm,
  ZUuid,
  z,
} from "@dyad/db";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { type ActionResult, field, runAction } from "@/lib/action-result";
import { requireActionActor } from "@/lib/auth/session";

export async function changeOwnPasswordAction(_: unknown, input: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const form = parseInput(ZActionForm, input);
    await changePassword({
      userId: actor.id,
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      actor,
      ip: clientAddress(await headers()),
    });
    return null;
  });
}

/** Called with no form (every session) or a form whose `revokeTokens` also revokes API tokens. */
export async function signOutEverywhereAction(_?: unknown, input?: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const form = input === undefined ? null : parseInput(ZActionForm, input);
    await endUserSessions({ userId: actor.id, actor, revokeTokens: form?.get("revokeTokens") === "on" });
    return null;
  });
}

const ZExpiresInDays = z.coerce.number().int().min(0).max(3650);

/** A new API token of the signed-in person; its secret is in the answer this once. */
export async function createApiTokenAction(_: unknown, input: FormData): Promise<ActionResult<{ secret: string }>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    const form = parseInput(ZActionForm, input);
    const days = parseInput(ZExpiresInDays, field(form, "expiresInDays") || "0");
    const { secret } = await createApiToken({
      actor,
      name: field(form, "name"),
      scopes: parseInput(z.array(ZApiScope), form.getAll("scopes")),
      expiresAt: days > 0 ? new Date(Date.now() + days * 86_400_000) : undefined,
    });
    revalidatePath("/account/tokens");
    return { secret };
  });
}

export async function revokeApiTokenAction(tokenId: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireActionActor("EDITOR");
    await revokeApiToken({ tokenId: parseInput(ZUuid, tokenId), actor });
    revalidatePath("/account/tokens");
    return null;
  });
}
