"use client";

import { useActionState } from "react";
import { changeOwnPasswordAction, signOutEverywhereAction } from "../app/account/actions";

/** After either, this session has ended too (session_version moved on): go to sign-in. */
export function AccountForms() {
  const [password, changePassword, changing] = useActionState(async (prev: unknown, form: FormData) => {
    const result = await changeOwnPasswordAction(prev, form);
    if (result.ok) window.location.assign("/sign-in?error=Password+changed%3A+sign+in+with+the+new+one");
    return result;
  }, null);
  const [everywhere, signOutEverywhere, ending] = useActionState(async (prev: unknown, form: FormData) => {
    const result = await signOutEverywhereAction(prev, form);
    if (result.ok) window.location.assign("/sign-in");
    return result;
  }, null);
  const issue = (path: string) =>
    password && !password.ok ? password.error.issues?.find((i) => i.path === path)?.message : undefined;
  return (
    <>
      <h2>Change your password</h2>
      <form action={changePassword}>
        {(
          [
            ["currentPassword", "Current password", "current-password"],
            ["newPassword", "New password (12+ characters)", "new-password"],
          ] as const
        ).map(([name, label, autoComplete]) => (
          <div className="field" key={name}>
            <label htmlFor={name}>{label}</label>
            <input
              id={name}
              name={name}
              type="password"
              autoComplete={autoComplete}
              required
              aria-invalid={issue(name) ? true : undefined}
              aria-describedby={issue(name) ? `${name}-error` : undefined}
            />
            {issue(name) && (
              <span className="error" id={`${name}-error`}>
                {issue(name)}
              </span>
            )}
          </div>
        ))}
        <button type="submit" disabled={changing}>
          {changing ? "Changing…" : "Change password"}
        </button>
        {password && !password.ok && !password.error.issues && (
          <p className="notice error" role="alert">
            {password.error.message}
          </p>
        )}
      </form>
      <h2>Sign out everywhere</h2>
      <p>Ends every session of your account, on every device, including this one.</p>
      <form action={signOutEverywhere}>
        <label>
          <input type="checkbox" name="revokeTokens" /> Also revoke all my API tokens
        </label>{" "}
        <button type="submit" className="danger" disabled={ending}>
          Sign out everywhere
        </button>
        {everywhere && !everywhere.ok && (
          <p className="notice error" role="alert">
            {everywhere.error.message}
          </p>
        )}
      </form>
    </>
  );
}
