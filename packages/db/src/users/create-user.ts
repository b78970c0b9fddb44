import type { Actor } from "../actor";
import { writeAuditEvent } from "../audit/write-audit-event";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { assertRole } from "../permissions";
import { hashPassword } from "./password";
import { type TCreateUserRequest, ZCreateUserRequest } from "./schemas";

/** An admin creates an account with a first password (the user can change it afterwards). */
export async function createUser(options: TCreateUserRequest & { actor: Actor }) {
  assertRole(options.actor, "ADMIN");
  const { actor, ...input } = options;
  const { email, name, role, password } = parseInput(ZCreateUserRequest, input);
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    const taken = await tx.user.findFirst({
      where: { email },
      select: { id: true },
    });
    if (taken) throw new AppError("CONFLICT", "An account with that email already exists", { field: "email" });
    const user = await tx.user.create({
      data: { email, name, role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await writeAuditEvent(tx, { actor, event: { type: "user.created", payload: { email, role } } });
    return user;
  });
}
