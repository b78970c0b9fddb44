import { production } from "./env";

/**
 * Security headers of every public-site response (next.config.ts headers()). Static on purpose:
 * the relation, fact and country pages are served from the full-route cache, and a per-request
 * CSP nonce would force every page view to render (see RELIABILITY.md "Headers and CSP").
 *
 * The price: Next's App Router inlines each page's React Server Components payload as
 * `<script>self.__next_f.push(…)</script>` elements whose content differs per page and per
 * publication, so no fixed list of hashes can allow them, and script-src needs 'unsafe-inline'.
 * What still holds: no script or other resource from any other origin (default-src 'self', so an
 * injected script could not load code or send data with fetch or images elsewhere), no plugins,
 * no <base> rewriting, forms only post to this site, no framing. XSS is prevented first by
 * rendering (React escapes text, source links are http(s) only, JSON-LD escapes "<"), which
 * tests/e2e/xss.e2e.test.ts checks in Chromium.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * HSTS is sent by production builds (which the tests run too). Browsers ignore it over plain
 * http, so a local `pnpm start` on http://localhost is not pinned to https; behind https it tells
 * browsers to use https only for a year.
 */

export const securityHeaders: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];
