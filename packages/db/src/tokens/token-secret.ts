import { createHash, randomBytes } from "node:crypto";

/**
 * API token secrets: "dyad_" and 32 random bytes in base64url (256 bits, so guessing is hopeless
 * and a fast hash is enough at rest). Only the SHA-256 hex is stored; the first characters
 * (the prefix) are kept in clear so the owner can tell tokens apart, and so can secret scanners.
 */
export const SECRET_PATTERN = /^dyad_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 12;

export function generateSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `dyad_${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, PREFIX_LENGTH), hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
