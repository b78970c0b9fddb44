import { isIP } from "node:net";
import { dbEnv } from "../env";
import { AppError } from "../errors";

/**
 * Refuse a receiver address on this machine or a private network (SSRF: a subscription must not
 * make Dyad's servers call their own internal services), unless `allowPrivate` (tests, or a
 * deployment whose receivers are internal: DYAD_WEBHOOKS_ALLOW_PRIVATE=1). Checked on the name as
 * given; a public name that resolves to a private address is the network's to block.
 */
export function checkWebhookUrl(url: string, allowPrivate: boolean): void {
  if (allowPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal") || isPrivateAddress(host)) {
    throw new AppError("INVALID", `url: ${host} is a local or private address; give an address on the public internet`);
  }
}

function isPrivateAddress(host: string): boolean {
  const version = isIP(host);
  if (version === 4) {
    const [a = 0, b = 0] = host.split(".").map(Number);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (version === 6)
    return host === "::1" || host === "::" || /^(fc|fd|fe8|fe9|fea|feb)/.test(host) || host.startsWith("::ffff:");
  return false;
}

export const allowPrivateReceivers = () => dbEnv().DYAD_WEBHOOKS_ALLOW_PRIVATE;
