"use client";

import type { TApiTokenView } from "@dyad/db";
import { useActionState, useId } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "../app/account/actions";
import { formatInstant } from "../lib/format";

const EXPIRIES = [
  ["30", "30 days"],
  ["90", "90 days"],
  ["365", "a year"],
  ["0", "never"],
] as const;

/** Create a token (its secret is shown once), and the list with status, last use and revoke. */
export function ApiTokens({ tokens, mayRelease }: { tokens: TApiTokenView[]; mayRelease: boolean }) {
  const [created, create, creating] = useActionState(createApiTokenAction, null);
  const id = useId();
  return (
    <>
      <h2>New token</h2>
      <form action={create}>
        <div className="field">
          <label htmlFor={`${id}-name`}>What it is for</label>
          <input id={`${id}-name`} name="name" required maxLength={100} />
        </div>
        <fieldset>
          <legend>Scopes</legend>
          <label>
            <input type="checkbox" name="scopes" value="facts:write" defaultChecked /> facts:write (write drafts)
          </label>
          <label>
            <input type="checkbox" name="scopes" value="webhooks:write" /> webhooks:write (subscribe to changes)
          </label>
          {mayRelease && (
            <label>
              <input type="checkbox" name="scopes" value="releases:write" /> releases:write (cut releases)
            </label>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-expiry`}>Expires after</label>
          <select id={`${id}-expiry`} name="expiresInDays" defaultValue="90">
            {EXPIRIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={creating}>
          {creating ? "Creating…" : "Create token"}
        </button>
        {created?.ok && (
          <p className="notice" role="status">
            Copy it now, it is not shown again: <code data-testid="new-token">{created.data.secret}</code>
          </p>
        )}
        {created && !created.ok && (
          <p className="notice error" role="alert">
            {created.error.message}
          </p>
        )}
      </form>
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p>No tokens yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Scopes</th>
              <th scope="col">Status</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function TokenRow({ token }: { token: TApiTokenView }) {
  const [state, revoke, revoking] = useActionState(() => revokeApiTokenAction(token.id), null);
  return (
    <tr>
      <td>{token.name}</td>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>{token.scopes.join(", ")}</td>
      <td>{token.status}</td>
      <td>{token.lastUsedAt ? formatInstant(token.lastUsedAt) : "never"}</td>
      <td>{token.expiresAt ? formatInstant(token.expiresAt) : "never"}</td>
      <td>
        {token.status === "active" && (
          <form action={revoke}>
            <button type="submit" className="danger" disabled={revoking} aria-label={`Revoke ${token.name}`}>
              Revoke
            </button>
            {state && !state.ok && (
              <span className="error" role="alert">
                {state.error.message}
              </span>
            )}
          </form>
        )}
      </td>
    </tr>
  );
}
