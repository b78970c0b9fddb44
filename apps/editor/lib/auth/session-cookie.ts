import { decode } from "next-auth/jwt";

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

interface Decoded {
  claims: SessionClaims;
  /** Epoch ms after which this entry is not used: a few seconds, never past the token's exp. */
  until: number;
}

/** Seconds a decoded cookie is reused for; the database check of the account runs every time. */
const REUSE_MS = 5_000;
const MAX_ENTRIES = 1_000;
const decoded = new Map<string, Decoded>();

/**
 * The session cookie's value: next-auth splits a token over 4 kB into `name.0`, `name.1`, …
 * (SessionStore in next-auth/core/lib/cookie), joined here in the same order.
 */
export function sessionToken(cookies: { name: string; value: string }[], name: string): string {
  const chunks = cookies.filter((c) => c.name === name || c.name.startsWith(`${name}.`));
  const index = (cookieName: string) => Number.parseInt(cookieName.split(".").pop() ?? "0", 10) || 0;
  chunks.sort((a, b) => index(a.name) - index(b.name));
  return chunks.map((c) => c.value).join("");
}

/**
 * Who the session cookie says is signed in, and at which session_version: next-auth's own
 * `decode` (its JWE with the editor's secret, the expiry checked), as getServerSession does, but
 * without the rest of getServerSession (its options, a CSRF token, and a fresh cookie it encrypts
 * and a server component then throws away: about 5% of the editor's CPU, BENCHMARKS.md).
 * A successful decode is reused for the exact same cookie bytes for a few seconds and never past
 * the token's expiry; a cookie that does not decode is logged once per request, never kept.
 */
export async function decodeSessionCookie(token: string, secret: string): Promise<SessionClaims | null> {
  if (!token) return null;
  const now = Date.now();
  const hit = decoded.get(token);
  if (hit && hit.until > now) return hit.claims;
  if (hit) decoded.delete(token);
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token, secret });
  } catch {
    // Junk, tampered, or signed with an old secret: a visitor who is not signed in, not a fault.
    console.warn("Ignored a session cookie that does not decrypt");
    return null;
  }
  if (!payload?.sub || typeof payload.sv !== "number") return null;
  const claims = { userId: payload.sub, sessionVersion: payload.sv };
  const expires = typeof payload.exp === "number" ? payload.exp * 1000 : now;
  if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value as string);
  decoded.set(token, { claims, until: Math.min(now + REUSE_MS, expires) });
  return claims;
}
