import { createHash } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../tx";
import { recordBatches } from "./release-records";

/**
 * Hash and count a set of facts the way a release download serializes them: SHA-256 over each
 * record's canonical line followed by "\n", in fact id order (docs/releases.md). Streams, so a
 * million facts need no more memory than a thousand.
 */
export async function digestRelease(tx: Tx, pairs: Prisma.Sql) {
  const hash = createHash("sha256");
  const kinds: Record<string, number> = {};
  const relations = new Set<string>();
  let factCount = 0;
  for await (const batch of recordBatches(pairs, tx)) {
    for (const { record, line } of batch) {
      hash.update(line);
      hash.update("\n");
      kinds[record.kind] = (kinds[record.kind] ?? 0) + 1;
      relations.add(record.relation);
      factCount++;
    }
  }
  return { contentHash: hash.digest("hex"), factCount, relationCount: relations.size, kinds };
}
