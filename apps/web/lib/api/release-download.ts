import { createHash } from "node:crypto";
import type { TRelease } from "@dyad/api-contract";
import {
  RELEASE_TABLES,
  type ReleaseLine,
  type ReleaseTable,
  type ReleaseTableName,
  recordBatches,
  releasePairs,
  spreadsheetSafe,
} from "@dyad/db";
import { stringify } from "csv-stringify/sync";

const CSV = "text/csv; charset=utf-8; header=present";
export const FORMATS = {
  "facts.ndjson": { type: "application/x-ndjson; charset=utf-8", extension: "ndjson" },
  "facts.json": { type: "application/json; charset=utf-8", extension: "json" },
  "facts.csv": { type: CSV, extension: "csv" },
  "revisions.csv": { type: CSV, extension: "csv" },
  "sources.csv": { type: CSV, extension: "csv" },
  "citations.csv": { type: CSV, extension: "csv" },
} as const;
export type DownloadFile = keyof typeof FORMATS;

/** The table a CSV download holds (release-tables.ts: its columns and its Frictionless schema). */
const tableOf = (file: DownloadFile): ReleaseTable | null =>
  file.endsWith(".csv") ? RELEASE_TABLES[file.slice(0, -".csv".length) as ReleaseTableName] : null;

/** Every text cell quoted, as OWASP asks of a neutralised cell (a quote alone may be stripped by some readers). */
const CSV_OPTIONS = { quoted_string: true } as const;
const csvHeader = (table: ReleaseTable) => stringify([table.fields.map((f) => f.name)], CSV_OPTIONS);

/**
 * The text of one batch in a format; `first` says whether anything came before. CSV cells never
 * start a formula (`spreadsheetSafe`); nested values are canonical JSON, so a cell is exact too.
 */
function encodeBatch(file: DownloadFile, batch: ReleaseLine[], first: boolean, seen: Set<string>): string {
  if (file === "facts.ndjson") return batch.map((l) => `${l.line}\n`).join("");
  if (file === "facts.json") return batch.map((l, i) => `${first && i === 0 ? "" : ","}\n${l.line}`).join("");
  const table = tableOf(file) as ReleaseTable;
  const rows = batch.flatMap((l) => table.rows(l.record, seen));
  const safe = rows.map((row) => row.map((cell) => (typeof cell === "string" ? spreadsheetSafe(cell) : cell)));
  return (first ? csvHeader(table) : "") + (safe.length ? stringify(safe, CSV_OPTIONS) : "");
}

/**
 * A release's facts as a stream, one database batch at a time (pull-based: the next batch is
 * read only when the client has taken the last), so memory stays flat for any size. Every
 * format carries the same records; while streaming, the canonical lines are hashed again and,
 * should the result differ from the release's contentHash (data under the release changed
 * behind the application's back), the stream fails instead of serving different bytes.
 * Entries taken down since the cut (`release.redactions`) are hashed but never sent: the release
 * keeps its hash, and the text stays withdrawn (docs/releases.md, "Takedowns").
 */
export function releaseStream(release: TRelease & { id: string }, file: DownloadFile): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = recordBatches(releasePairs(release.id));
  const hash = createHash("sha256");
  const redacted = new Set(release.redactions.map((r) => r.revisionId));
  const seen = new Set<string>();
  let first = true;
  let opened = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!opened && file === "facts.json") {
          const head = JSON.stringify({ release: { ...release, id: undefined } });
          controller.enqueue(encoder.encode(`${head.slice(0, -1)},"facts":[`));
        }
        opened = true;
        // A pull must enqueue or finish (a pull that resolves with nothing is not called again),
        // so a batch holding only taken-down entries moves straight on to the next one.
        for (;;) {
          const { value, done } = await batches.next();
          if (done) {
            if (hash.digest("hex") !== release.contentHash) {
              console.error(`Release ${release.name}: its facts no longer hash to ${release.contentHash}`);
              controller.error(new Error("This release's data does not match its content hash"));
              return;
            }
            if (file === "facts.json") controller.enqueue(encoder.encode(first ? "]}\n" : "\n]}\n"));
            const table = tableOf(file);
            if (table && first) controller.enqueue(encoder.encode(csvHeader(table)));
            controller.close();
            return;
          }
          for (const { line } of value) hash.update(`${line}\n`);
          const served = redacted.size === 0 ? value : value.filter((l) => !redacted.has(l.record.revisionId));
          if (served.length === 0) continue;
          controller.enqueue(encoder.encode(encodeBatch(file, served, first, seen)));
          first = false;
          return;
        }
      } catch (error) {
        console.error(`Release ${release.name}: streaming failed`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
