import { ZCountriesQuery } from "@dyad/api-contract";
import { countryIdentifiers, countrySameAs } from "@dyad/core/countries/identifiers";
import type { z } from "zod";
import { getDb } from "../client";
import { parseInput } from "../errors";
import { resolveReadInstant } from "./read-instant";
import { readMeta } from "./read-meta";

/**
 * Every ISO 3166-1 country, by name, with the codes other datasets use for it and `sameAs` links. Countries are reference data (seeded, not versioned): the
 * list is the same at every instant, and asOf only sets the instant the meta block reports.
 */
export async function listApiCountries(options: z.input<typeof ZCountriesQuery> = {}) {
  const { asOf } = parseInput(ZCountriesQuery, options);
  const read = await resolveReadInstant(asOf);
  const [countries, meta] = await Promise.all([
    getDb().country.findMany({
      orderBy: { name: "asc" },
      select: { code: true, alpha3: true, slug: true, name: true, officialName: true, region: true },
    }),
    readMeta(read),
  ]);
  const data = countries.map((c) => {
    const {
      alpha2: _alpha2,
      alpha3: _alpha3,
      ...identifiers
    } = countryIdentifiers(c.code) ?? {
      numeric: null,
      m49: null,
      wikidata: null,
      cow: null,
    };
    return { ...c, ...identifiers, sameAs: countrySameAs(c.code) };
  });
  return { data, meta };
}
