import { writeAuditEvent } from "../audit/write-audit-event";
import { AppError } from "../errors";
import { defineOperation } from "../lib/define-operation";
import { hashPassword } from "./password";
import { ZCreateUserRequest } from "./schemas";

/** An admin creates an account with a first password (the user can change it afterwards). */
export const createUser = defineOperation({
  minRole: "ADMIN",
  input: ZCreateUserRequest,
  async run({ input: { email, name, role, password }, actor, tx }) {
    const taken = await tx.user.findFirst({ where: { email }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "An account with that email already exists", { field: "email" });
    const passwordHash = await hashPassword(password);
    const user = await tx.user.create({
      data: { email, name, role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await writeAuditEvent(tx, { actor, event: { type: "user.created", payload: { email, role } } });
    return user;
  },
});
