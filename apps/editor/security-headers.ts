import { isCrossOriginWrite as crossOriginWrite } from "@dyad/db/action-guard";
import { env, mode } from "./env";

/**
 * The editor's security headers. Every editor page is rendered per request (it depends on who is
 * signed in), so its Content-Security-Policy carries a fresh nonce per response (proxy.ts): Next
 * reads the nonce from the request's CSP header and puts it on its own scripts, and
 * 'strict-dynamic' lets those load the chunks they need. No script without the nonce runs, inline
 * or not, so injected markup cannot execute even if it reached the page.
 */
export function contentSecurityPolicy(nonce: string): string {
  const development = mode === "development";
  return [
    "default-src 'self'",
    // React uses eval for error overlays in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce; style="" attributes (React's style prop) cannot carry one
    // and cannot run script, so they are allowed.
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** A state-changing request from another origin (action-guard.mjs says exactly which). */
export function isCrossOriginWrite(request: Request): boolean {
  return crossOriginWrite(request.method, (name) => request.headers.get(name), env().NEXTAUTH_URL);
}

const production = mode === "production";

/** Headers every response gets (next.config.ts); the CSP is added per request by proxy.ts. */
export const securityHeaders: { key: string; value: string }[] = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cache-Control", value: "no-store" },
  // Ignored by browsers over plain http (a local `pnpm start`); sent by every production build.
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];
