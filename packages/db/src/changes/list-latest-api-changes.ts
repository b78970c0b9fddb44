import { z } from "zod";
import { resolveReadInstant } from "../api/read-instant";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { type ChangeRow, changeQuery, toChangeEvent } from "./change-events";

const ZOptions = z.strictObject({ limit: z.number().int().min(1).max(200).default(50) });

/** The latest settled events, newest first: what a feed reader (Atom) shows. */
export async function listLatestApiChanges(options: z.input<typeof ZOptions> = {}) {
  const { limit } = parseInput(ZOptions, options);
  const { instant } = await resolveReadInstant();
  const rows = await getDb().$queryRaw<ChangeRow[]>(
    changeQuery(Prisma.sql`p.at <= ${instant}::timestamptz`, Prisma.sql`p.at DESC, p.id DESC`, limit),
  );
  return { data: rows.map(toChangeEvent), meta: { asOf: instant } };
}
