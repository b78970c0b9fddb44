import { apiEnv } from "./env";

/**
 * The client's address for rate limiting, read as the editor app reads it (apps/editor/lib/
 * client-ip.ts): Next.js fills X-Forwarded-For with the socket's address when a request has
 * none, and each trusted proxy appends the address it saw, so the entry DYAD_TRUSTED_PROXY_HOPS
 * from the right is the one a client cannot choose. Not the first entry: behind a proxy that
 * appends, the first is whatever the client sent.
 */
export function clientIp(request: Request): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const index = hops.length - 1 - apiEnv().DYAD_TRUSTED_PROXY_HOPS;
  return hops[Math.max(0, index)]?.slice(0, 100) ?? request.headers.get("x-real-ip")?.slice(0, 100) ?? "unknown";
}
