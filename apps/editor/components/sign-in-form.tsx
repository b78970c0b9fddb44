"use client";

import { signIn } from "next-auth/react";
import { useRef, useState } from "react";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account",
  NoAccount: "There is no Dyad account for that identity: ask an administrator",
  NoEmail: "Your identity provider did not share a verified email address",
  SessionRequired: "Sign in to continue",
  OAuthSignin: "Could not start signing in with that provider",
  OAuthCallback: "Signing in with that provider failed",
  Callback: "Signing in failed",
};

const FAILED = "Signing in failed: try again";

/**
 * The message for an error code in the page's address. Anyone can link to the sign-in page with
 * any ?error=, so only known codes are shown: free text would put an attacker's words ("call
 * this number") in the editor's own alert, and a code like "constructor" is no message.
 */
const messageOf = (code: string) => (Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : undefined) ?? FAILED;

/** Email and password through next-auth's Credentials provider, plus any configured providers. */
export function SignInForm(props: { callbackUrl: string; error?: string; providers: { id: string; name: string }[] }) {
  const [error, setError] = useState(props.error ? messageOf(props.error) : "");
  const [pending, setPending] = useState(false);
  // Completed attempts, on the form as data-attempts: lets a test tell a new answer from the last one.
  const [attempts, setAttempts] = useState(0);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function submit(form: FormData) {
    setPending(true);
    setError("");
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl: props.callbackUrl,
      redirect: false,
    }).catch(() => undefined);
    if (result?.ok && !result.error) {
      window.location.assign(props.callbackUrl);
      return;
    }
    setPending(false);
    setAttempts((n) => n + 1);
    // next-auth's answer: a known code, or the message our own authorize() threw (a lock, a wait).
    const code = result?.error ?? "";
    setError(Object.hasOwn(MESSAGES, code) ? (MESSAGES[code] ?? FAILED) : code || FAILED);
    // Move focus to the message so screen readers announce it and keyboard users see it.
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  return (
    <>
      {error && (
        <p className="notice error" role="alert" tabIndex={-1} ref={errorRef} id="sign-in-error">
          {error}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(new FormData(e.currentTarget));
        }}
        aria-describedby={error ? "sign-in-error" : undefined}
        data-attempts={attempts}
        noValidate
      >
        <div className="field">
          <label htmlFor="email">Email</label>
          {/* biome-ignore lint/a11y/noAutofocus: the page's one task is this form; focus starts where typing does */}
          <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? "Signing in…" : "Sign in"}
          </button>
        </div>
      </form>
      {props.providers.length > 0 && (
        <div className="actions">
          {props.providers.map((p) => (
            <button
              key={p.id}
              type="button"
              className="secondary"
              onClick={() => signIn(p.id, { callbackUrl: props.callbackUrl })}
            >
              Sign in with {p.name}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
