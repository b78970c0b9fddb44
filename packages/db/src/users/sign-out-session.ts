import { ZUuid } from "@dyad/core/schemas/fact";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";

/**
 * Sign-out ends the session on the server, so a copy of the cookie stops working too. Sessions
 * are signed cookies that name the account's session_version, so this moves the version on:
 * every session of the account ends (as with "sign out everywhere"), the price of keeping no
 * session table. A cookie already ended (an old version) changes nothing.
 */
export async function signOutSession(options: { userId: unknown; sessionVersion: unknown }) {
  const userId = ZUuid.safeParse(options.userId);
  const version = options.sessionVersion;
  if (!userId.success || typeof version !== "number" || !Number.isInteger(version)) return { ended: false };
  return getDb().$transaction(async (tx) => {
    const ended = await tx.user.updateMany({
      where: { id: userId.data, sessionVersion: version },
      data: { sessionVersion: { increment: 1 } },
    });
    if (ended.count === 0) return { ended: false };
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId.data },
      select: { id: true, name: true, role: true, email: true },
    });
    await writeAuditEvent(tx, {
      actor: { id: user.id, name: user.name, role: user.role },
      event: { type: "user.signed_out", payload: { userId: user.id, email: user.email } },
    });
    return { ended: true };
  });
}
