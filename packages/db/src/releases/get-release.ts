import { z } from "zod";
import { asInstant } from "../api/fact-records";
import { parseInstant } from "../api/read-instant";
import { releaseUrl } from "../api/read-meta";
import { getDb } from "../client";
import { AppError, parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { ZInstant, ZReleaseName } from "../schemas/api";
import { packageLinks, type TRelease, type TReleaseManifest } from "./release-schemas";

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
}

/**
 * A release by name ("latest": the newest). Everything returned is immutable, so a response
 * for a named release can be cached for ever. `id` is for the download, which reads release_fact.
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
      r.fact_count, r.content_hash, r.manifest, p.name AS previous_name
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
