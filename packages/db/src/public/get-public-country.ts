import { z } from "zod";
import { getDb } from "../client";
import { notFound, parseInput } from "../errors";
import { listPublicRelations } from "./list-public-relations";

const ZOptions = z.strictObject({ slug: z.string().trim().min(1).max(200) });

/** A country and all of its relations that have published facts, by the other country's name. */
export async function getPublicCountry(options: z.input<typeof ZOptions>) {
  const { slug } = parseInput(ZOptions, options);
  const country = await getDb().country.findUnique({
    where: { slug },
    select: { code: true, slug: true, name: true, officialName: true, region: true, capitals: true },
  });
  if (!country) throw notFound("Country");
  const relations = await listPublicRelations({ countryCode: country.code, limit: 5000 });
  const other = (r: (typeof relations)[number]) => r.countries.find((c) => c.code !== country.code) ?? r.countries[0];
  return {
    country,
    relations: relations
      .map((r) => ({ ...r, partner: other(r) }))
      .sort((a, b) => (a.partner?.name ?? "").localeCompare(b.partner?.name ?? "")),
  };
}
export type PublicCountry = Awaited<ReturnType<typeof getPublicCountry>>;
