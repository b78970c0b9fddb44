import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** SHA-256 (hex) of the RFC 8785 canonical JSON of a value: equal content, equal hash. */
export function contentHash(value: unknown): string {
  return createHash("sha256")
    .update(canonicalize(value) ?? "null")
    .digest("hex");
}
