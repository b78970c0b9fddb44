import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { dbEnv } from "../env";
import { AppError } from "../errors";

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Every address a host name resolves to (dns.lookup with all: true); tests pass their own. */
export type Resolve = (host: string) => Promise<ResolvedAddress[]>;
const systemResolve: Resolve = (host) => lookup(host, { all: true, verbatim: true });

/** Global unicast, the only IPv6 addresses the internet routes (RFC 4291). */
const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");

/**
 * Only addresses on the public internet: ipaddr.js names every special range (loopback,
 * private, link-local, unique local, carrier-grade NAT, IPv4-mapped and the translation
 * prefixes, multicast, reserved, ...), and what it calls plain `unicast` is none of them. An
 * IPv4-mapped IPv6 address is refused whatever IPv4 address it maps (parse, not process). An
 * IPv6 address must also be global unicast: ipaddr.js calls the deprecated IPv4-compatible
 * `::127.0.0.1` (::/96, which a host with a 6in4 tunnel sends to 127.0.0.1) plain `unicast`.
 */
const isPublic = (address: string) => {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && !parsed.match(GLOBAL_UNICAST)) return false;
  return parsed.range() === "unicast";
};

/**
 * The address to deliver to: the receiver's host name resolved (or its address literal), refused
 * when ANY of its addresses is on this machine or a private network (SSRF: a subscription must
 * not make Dyad's servers call their own internal services), unless `allowPrivate` (tests, or a
 * deployment whose receivers are internal: DYAD_WEBHOOKS_ALLOW_PRIVATE=1). Checked at subscribe
 * and again at each delivery, whose connection goes to the address checked here and nowhere else
 * (post-pinned.ts): a name that answers a public address at the first lookup and a private one
 * at the next (DNS rebinding) cannot slip through between the check and the connection.
 */
export async function checkWebhookUrl(
  url: string,
  allowPrivate: boolean,
  resolve: Resolve = systemResolve,
): Promise<ResolvedAddress> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const refuse = (why: string) =>
    new AppError("INVALID", `url: ${host} ${why}; give an address on the public internet`);
  const named = host.replace(/\.$/, "");
  if (!allowPrivate && (named === "localhost" || named.endsWith(".localhost") || named.endsWith(".internal"))) {
    throw refuse("is a local or private address");
  }
  let addresses: ResolvedAddress[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw refuse("does not resolve to an address");
  }
  const local = addresses.find((a) => !isPublic(a.address));
  if (local && !allowPrivate) {
    throw refuse(
      isIP(host) ? "is a local or private address" : `resolves to ${local.address}, a local or private address`,
    );
  }
  return addresses[0] as ResolvedAddress;
}

export const allowPrivateReceivers = () => dbEnv().DYAD_WEBHOOKS_ALLOW_PRIVATE;
