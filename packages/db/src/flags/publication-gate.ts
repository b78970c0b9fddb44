import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { type AnyTx, queryRows } from "../tx";

/**
 * The importer's anomaly rules that say a fact's text or fields are wrong. A fact carrying one
 * of these flags unresolved is never published: the import leaves it in the review queue and
 * publishFact refuses it until an editor decides (fixes the draft and resolves the flag, or
 * dismisses it). UNSTRUCTURED is not here: it says only that the importer could not type a
 * claim, not that the claim is wrong. IMPORT_CONFLICT is about a proposal, not the draft.
 */
export const PUBLICATION_BLOCKING_RULES = [
  "COUNTRY_NOT_IN_PAIR",
  "MISSPELLED_PLACE",
  "DUPLICATE_AGREEMENT",
  "MALFORMED_AMOUNT",
  "CONTRADICTORY_DIRECTION",
] as const;

const blocking: ReadonlySet<string> = new Set(PUBLICATION_BLOCKING_RULES);

export const holdsPublication = (rule: string) => blocking.has(rule);

/** Prisma filter: the open flags that hold a fact back. */
export const openBlockingFlag = { resolvedAt: null, rule: { in: [...PUBLICATION_BLOCKING_RULES] } };

/** CONFLICT naming the open flags, if the fact has any that hold publication. */
export async function assertNoBlockingFlags(tx: AnyTx, factId: string): Promise<void> {
  refuseBlockingFlags(await openBlockingFlags(tx, factId));
}

type OpenFlag = { rule: string; excerpt: string };

/** The fact's open flags that hold publication, oldest first. */
export async function openBlockingFlags(tx: AnyTx, factId: string): Promise<OpenFlag[]> {
  // Raw SQL: every publish asks, and Prisma's query building cost more than the read (issue 21.4).
  return queryRows<OpenFlag>(
    tx,
    Prisma.sql`
      SELECT rule, excerpt FROM fact_flag
       WHERE fact_id = ${factId}::uuid AND resolved_at IS NULL AND rule = ANY(${[...PUBLICATION_BLOCKING_RULES]}::text[])
       ORDER BY created_at`,
  );
}

/** CONFLICT naming `open`, the flags openBlockingFlags found, if there are any. */
export function refuseBlockingFlags(open: OpenFlag[]): void {
  if (open.length === 0) return;
  const list = open.map((f) => `${f.rule} («${f.excerpt}»)`).join(", ");
  throw new AppError("CONFLICT", `This fact has unresolved flags: ${list}. Fix or dismiss each flag before publishing`);
}
