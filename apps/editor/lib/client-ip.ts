import { env } from "../env";

/**
 * The client's address for sign-in throttling. Next.js puts the socket's address in
 * X-Forwarded-For when the request has none; each trusted reverse proxy appends the address it
 * saw. So the entry DYAD_TRUSTED_PROXY_HOPS from the right is the one no client can forge (with
 * no proxy, a client could send its own header: the per-account limit still holds).
 */
export function clientIp(forwardedFor: string | string[] | null | undefined): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const index = hops.length - 1 - env().DYAD_TRUSTED_PROXY_HOPS;
  return hops[Math.max(0, index)]?.slice(0, 100) ?? "unknown";
}
