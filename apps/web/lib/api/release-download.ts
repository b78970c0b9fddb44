import { createHash } from "node:crypto";
import {
  canonicalJson,
  type ReleaseLine,
  recordBatches,
  releasePairs,
  spreadsheetSafe,
  type TFactRecord,
  type TRelease,
} from "@dyad/db";
import { stringify } from "csv-stringify/sync";

export const FORMATS = {
  "facts.ndjson": { type: "application/x-ndjson; charset=utf-8", extension: "ndjson" },
  "facts.json": { type: "application/json; charset=utf-8", extension: "json" },
  "facts.csv": { type: "text/csv; charset=utf-8; header=present", extension: "csv" },
} as const;
export type DownloadFile = keyof typeof FORMATS;

const CSV_COLUMNS = [
  "factId",
  "revisionId",
  "revision",
  "relation",
  "countryA",
  "countryB",
  "kind",
  "section",
  "statement",
  "validFrom",
  "validTo",
  "data",
  "sources",
  "contentHash",
  "createdAt",
  "note",
];

/**
 * One CSV row: nested values (data, sources) as their canonical JSON, so a cell is exact too, and
 * no text cell a spreadsheet would run as a formula (`spreadsheetSafe`).
 */
function csvRow(r: TFactRecord) {
  const row = [
    r.factId,
    r.revisionId,
    r.revision,
    r.relation,
    r.countries[0],
    r.countries[1],
    r.kind,
    r.section,
    r.statement,
    r.validTime.start ?? "",
    r.validTime.end ?? "",
    canonicalJson(r.data),
    canonicalJson(r.sources),
    r.contentHash,
    r.createdAt,
    r.note,
  ];
  return row.map((cell) => (typeof cell === "string" ? spreadsheetSafe(cell) : cell));
}

/** Every text cell quoted, as OWASP asks of a neutralised cell (a quote alone may be stripped by some readers). */
const CSV_OPTIONS = { quoted_string: true } as const;
const CSV_HEADER = stringify([CSV_COLUMNS], CSV_OPTIONS);

/** The text of one batch in a format; `first` says whether anything came before. */
function encodeBatch(file: DownloadFile, batch: ReleaseLine[], first: boolean): string {
  if (file === "facts.ndjson") return batch.map((l) => `${l.line}\n`).join("");
  if (file === "facts.json") return batch.map((l, i) => `${first && i === 0 ? "" : ","}\n${l.line}`).join("");
  return stringify(
    batch.map((l) => csvRow(l.record)),
    { ...CSV_OPTIONS, header: first, columns: first ? CSV_COLUMNS : undefined },
  );
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
            if (file === "facts.csv" && first) controller.enqueue(encoder.encode(CSV_HEADER));
            controller.close();
            return;
          }
          for (const { line } of value) hash.update(`${line}\n`);
          const served = redacted.size === 0 ? value : value.filter((l) => !redacted.has(l.record.revisionId));
          if (served.length === 0) continue;
          controller.enqueue(encoder.encode(encodeBatch(file, served, first)));
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
