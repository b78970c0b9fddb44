import { externalProviderButtons } from "../lib/auth/providers";
import { safeReturnPath } from "../lib/safe-return";
import { SignInForm } from "./sign-in-form";

/** The signed-out front door, shown at / and /sign-in. */
export function SignInPage(props: { callbackUrl?: unknown; error?: unknown }) {
  const error = typeof props.error === "string" ? props.error.slice(0, 300) : undefined;
  return (
    <div style={{ maxWidth: "28rem" }}>
      <h1>Dyad editor</h1>
      <p>Sign in to draft, review and publish facts.</p>
      <SignInForm callbackUrl={safeReturnPath(props.callbackUrl)} error={error} providers={externalProviderButtons()} />
    </div>
  );
}
