import { defineOperation } from "../lib/define-operation";

/** Every account for the admin page, newest first; never the password hash. */
export const listUsers = defineOperation({
  minRole: "ADMIN",
  input: {},
  transaction: false,
  async run({ tx }) {
    const users = await tx.user.findMany({
      orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
      select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
    });
    return users.map((u) => ({
      ...u,
      disabledAt: u.disabledAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
    }));
  },
});
