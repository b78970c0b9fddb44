import { packageLinks, type TRelease, type TReleaseManifest, ZInstant, ZReleaseName } from "@dyad/api-contract";
import { parseInstant } from "@dyad/core/instant";
import { z } from "zod";
import { releaseUrl } from "../api/read-meta";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { asInstant } from "../read-model/instant";

const ZOptions = z.strictObject({
  name: z.union([z.literal("latest"), ZReleaseName]).describe("A release's name, or latest"),
  asOf: ZInstant.optional(),
});

interface ReleaseRow {
  id: string;
  name: string;
  as_of: string;
  created_at: string;
  notes: string;
  fact_count: number;
  content_hash: string;
  manifest: TReleaseManifest;
  previous_name: string | null;
  redactions: TRelease["redactions"];
}

/**
 * A release by name ("latest": the newest). Everything returned is immutable except
 * `redactions`, which grows when a takedown reaches an entry of the release. `id` is for the
 * download, which reads release_fact.
 */
export async function getRelease(options: z.input<typeof ZOptions>): Promise<TRelease & { id: string }> {
  const { name, asOf } = parseInput(ZOptions, options);
  // As of an instant, a release exists if it was cut at or before it (releases only ever add up).
  const instant = asOf ? parseInstant(asOf, "asOf") : null;
  const where = Prisma.join(
    [
      name === "latest" ? Prisma.sql`TRUE` : Prisma.sql`r.name = ${name}`,
      instant ? Prisma.sql`r.as_of <= ${instant}::timestamptz` : Prisma.sql`TRUE`,
    ],
    " AND ",
  );
  const rows = await getDb().$queryRaw<ReleaseRow[]>`
    SELECT r.id, r.name, ${asInstant("r.as_of")} AS as_of, ${asInstant("r.created_at")} AS created_at, r.notes,
      r.fact_count, r.content_hash, r.manifest, p.name AS previous_name,
      -- Entries taken down since the cut: from the (small) redaction table to the release's
      -- primary key, so the cost follows the takedowns, not the release's size.
      COALESCE((
        SELECT json_agg(json_build_object('factId', rf.fact_id, 'revisionId', rf.revision_id,
          'at', ${asInstant("x.at")}, 'reason', x.reason) ORDER BY rf.fact_id)
        FROM redaction x
        JOIN release_fact rf ON rf.release_id = r.id AND rf.fact_id = x.fact_id AND rf.revision_id = x.revision_id
      ), '[]'::json) AS redactions
    FROM release r LEFT JOIN release p ON p.id = r.previous_id
    WHERE ${where} ORDER BY r.as_of DESC, r.created_at DESC LIMIT 1`;
  const row = rows[0];
  if (!row) {
    const at = instant ? ` at ${instant}` : "";
    throw new AppError(
      "NOT_FOUND",
      name === "latest" ? `No release had been cut${at || " yet"}` : `No release named ${name}${at}`,
    );
  }
  const url = releaseUrl(row.name);
  return {
    id: row.id,
    name: row.name,
    asOf: row.as_of,
    createdAt: row.created_at,
    factCount: row.fact_count,
    contentHash: row.content_hash,
    url,
    notes: row.notes,
    manifest: row.manifest,
    redactions: row.redactions,
    previous: row.previous_name ? { name: row.previous_name, url: releaseUrl(row.previous_name) } : null,
    links: {
      changes: `${url}/changes`,
      json: `${url}/facts.json`,
      ndjson: `${url}/facts.ndjson`,
      csv: `${url}/facts.csv`,
      ...packageLinks(url),
    },
  };
}
