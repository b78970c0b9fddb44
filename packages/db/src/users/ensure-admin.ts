import { randomBytes } from "node:crypto";
import { SYSTEM_ACTOR } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { hashPassword } from "./password";
import { ZEmail } from "./schemas";

/**
 * Create the first admin account when there is none. The password comes from
 * DYAD_ADMIN_PASSWORD or is generated; it is returned once (to print) and stored only hashed.
 */
export async function ensureAdmin(options: { email: string; password?: string }) {
  const email = parseInput(ZEmail, options.email);
  const db = getDb();
  const existing = await db.user.findFirst({ where: { role: "ADMIN" }, select: { email: true } });
  if (existing) return { created: false as const, email: existing.email };
  const password = options.password ?? randomBytes(15).toString("base64url");
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.create({ data: { email, name: "Administrator", role: "ADMIN", passwordHash } });
    await writeAuditEvent(tx, {
      actor: SYSTEM_ACTOR,
      event: { type: "user.created", payload: { email, role: "ADMIN" } },
    });
  });
  return { created: true as const, email, password };
}
