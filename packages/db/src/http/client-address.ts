/** The header our server (serve-next.mjs) overwrites with the client's address on every request. */
export const CLIENT_ADDRESS_HEADER = "x-dyad-client-address";
const SERVED_FLAG = Symbol.for("dyad.clientAddressHeaderIsTrusted");

let warned = false;

/**
 * The client's address for rate limits, sign-in throttling and the audit, as the apps' server
 * computed it from the connection (and trusted proxies only). Under a plain `next start` nothing
 * vouches for that header (a client could write it), so every client counts as "unknown" and the
 * log says once how to start the app.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  if (!(globalThis as Record<symbol, unknown>)[SERVED_FLAG]) {
    if (!warned) {
      warned = true;
      console.error("Client addresses are unknown: start the app with `node server.mjs`, not `next start`");
    }
    return "unknown";
  }
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value) || "unknown";
}
