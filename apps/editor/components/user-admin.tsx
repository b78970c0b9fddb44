"use client";

import { useActionState, useId } from "react";
import { createUserAction, userRowAction } from "../app/users/actions";
import { ROLE_LABELS } from "../lib/labels";

const ROLES = ["EDITOR", "REVIEWER", "ADMIN"] as const;

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: string;
  disabledAt: string | null;
}

/** One account's controls. Every button posts to one server action that checks the admin role. */
export function UserRow({ user, self }: { user: UserView; self: boolean }) {
  const [state, action, pending] = useActionState(userRowAction, null);
  const id = useId();
  return (
    <li>
      <strong>{user.name}</strong> <span className="muted">{user.email}</span>
      {user.disabledAt && <span className="badge REJECTED"> disabled</span>}
      {self && <span className="muted"> (you)</span>}
      <form action={action} className="row">
        <input type="hidden" name="userId" value={user.id} />
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} name="role" defaultValue={user.role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field" style={{ flex: "0 0 auto" }}>
          <button type="submit" name="do" value="role" className="secondary" disabled={pending}>
            Change role
          </button>
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>New password</label>
          <input id={`${id}-password`} name="password" type="password" autoComplete="new-password" minLength={12} />
        </div>
        <div className="field" style={{ flex: "0 0 auto" }}>
          <button type="submit" name="do" value="password" className="secondary" disabled={pending}>
            Set password
          </button>
        </div>
      </form>
      <form action={action} className="actions">
        <input type="hidden" name="userId" value={user.id} />
        <button type="submit" name="do" value="sessions" className="secondary" disabled={pending}>
          Sign out everywhere
        </button>
        <button type="submit" name="do" value="unlock" className="secondary" disabled={pending}>
          Unlock sign-in
        </button>
        {user.disabledAt ? (
          <button type="submit" name="do" value="enable" disabled={pending}>
            Enable account
          </button>
        ) : (
          !self && (
            <button type="submit" name="do" value="disable" className="danger" disabled={pending}>
              Disable account
            </button>
          )
        )}
      </form>
      {state && (
        <p className={`notice ${state.ok ? "ok" : "error"}`} role={state.ok ? "status" : "alert"}>
          {state.ok ? state.data.done : state.error.message}
        </p>
      )}
    </li>
  );
}

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  const issues = state && !state.ok ? (state.error.issues ?? []) : [];
  const issue = (path: string) => issues.find((i) => i.path === path)?.message;
  const fields = [
    { name: "name", label: "Name", type: "text", autoComplete: "off" },
    { name: "email", label: "Email", type: "email", autoComplete: "off" },
    { name: "password", label: "First password (12+ characters)", type: "password", autoComplete: "new-password" },
  ];
  return (
    <form action={action}>
      <div className="row">
        {fields.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`new-${f.name}`}>{f.label}</label>
            <input
              id={`new-${f.name}`}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              required
              aria-invalid={issue(f.name) ? true : undefined}
              aria-describedby={issue(f.name) ? `new-${f.name}-error` : undefined}
            />
            {issue(f.name) && (
              <span className="error" id={`new-${f.name}-error`}>
                {issue(f.name)}
              </span>
            )}
          </div>
        ))}
        <div className="field">
          <label htmlFor="new-role">Role</label>
          <select id="new-role" name="role" defaultValue="EDITOR">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create account"}
      </button>
      {state && (
        <p className={`notice ${state.ok ? "ok" : "error"}`} role={state.ok ? "status" : "alert"}>
          {state.ok ? `Account ${state.data.email} created.` : state.error.message}
        </p>
      )}
    </form>
  );
}
