import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./webhook-url";

/**
 * POST `body` to `url`, connecting to `pinned` (the address webhook-url.ts checked) instead of
 * resolving the host again; TLS still verifies the certificate against the URL's host name.
 * Redirects are not followed (a receiver cannot send Dyad elsewhere). Resolves with the status.
 */
export function postPinned(
  url: string,
  pinned: ResolvedAddress,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<number> {
  const target = new URL(url);
  // Node asks for one address or, when it races IPv4 and IPv6 (autoSelectFamily), for all.
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  return new Promise((resolve, reject) => {
    const request = (target.protocol === "https:" ? https : http).request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        lookup,
        timeout: timeoutMs,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on("error", reject);
    request.end(body);
  });
}
