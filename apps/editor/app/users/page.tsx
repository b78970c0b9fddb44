import { listUsers } from "@dyad/db";
import type { Metadata } from "next";
import { CreateUserForm, UserRow } from "@/components/user-admin";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("ADMIN", "/users");
  const users = await listUsers({ actor });
  return (
    <>
      <h1>Users</h1>
      <p className="muted">
        Editors draft and submit; reviewers also approve, reject, publish and unpublish; admins also manage accounts.
        Changing a role, a password or disabling an account ends that account's sessions at once.
      </p>
      <h2>New account</h2>
      <CreateUserForm />
      <h2>Accounts ({users.length})</h2>
      <ul className="plain">
        {users.map((u) => (
          <UserRow key={u.id} user={u} self={u.id === actor.id} />
        ))}
      </ul>
    </>
  );
}
