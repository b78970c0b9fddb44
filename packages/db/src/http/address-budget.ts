import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * The key a client's address is counted under by rate limits and the sign-in throttle: an IPv4
 * address as it is, an IPv6 address as its /64 network. One IPv6 subscriber or cloud machine is
 * given a whole /64 (2^64 addresses, RFC 6177) and can send from any of them, so a budget per
 * IPv6 address is no budget. IPv4-mapped IPv6 counts as its IPv4 address; any other spelling of
 * one IPv6 network (zeros written out, upper case) counts as the same network. Anything that is
 * not an address ("unknown") is kept as it is.
 */
export function addressBudget(address: string): string {
  // Node's strict check: ipaddr.js would also read "1" or "0x7f.1" as IPv4 addresses.
  if (isIP(address) !== 6) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toNormalizedString()}/64`);
  return `${network.toString()}/64`;
}
