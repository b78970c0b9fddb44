import { AppError } from "../errors";

/** What became of one row of a bulk action: done, or refused with the reason the single action gives. */
export interface BulkItemResult {
  id: string;
  /** How the list names the row (a statement's start, a change-set's title). */
  label: string;
  ok: boolean;
  message: string;
}

/**
 * Run the single action on every row in turn, each in its own transaction, and say what became
 * of each: one refused row (a conflict, a publish rule, four eyes) must not undo or block the
 * others, and the editor sees which and why. Errors that are not refusals are bugs and propagate.
 */
export async function runEach<T extends { id: string; label: string }>(
  rows: T[],
  work: (row: T) => Promise<string>,
): Promise<BulkItemResult[]> {
  const results: BulkItemResult[] = [];
  for (const row of rows) {
    try {
      results.push({ id: row.id, label: row.label, ok: true, message: await work(row) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id: row.id, label: row.label, ok: false, message: error.message });
    }
  }
  return results;
}
