import { Prisma } from "../generated/prisma/client";

/** "Azerbaijan–Canada relations": the one way a relation is named everywhere. */
export const relationName = (a: string, b: string) => `${a}–${b} relations`;

/** A relation's two countries as the read model selects them (relationCountryColumns). */
export interface RelationCountriesRow {
  a_code: string;
  a_name: string;
  a_slug: string;
  b_code: string;
  b_name: string;
  b_slug: string;
}

/**
 * SQL columns of a relation's two countries, given the aliases of the two joined country rows
 * (`JOIN country ca ON ca.code = rel.country_a JOIN country cb ON cb.code = rel.country_b`).
 */
export const relationCountryColumns = (a = "ca", b = "cb") =>
  Prisma.raw(
    `${a}.code AS a_code, ${a}.name AS a_name, ${a}.slug AS a_slug, ${b}.code AS b_code, ${b}.name AS b_name, ${b}.slug AS b_slug`,
  );

/** The relation's name and its two countries, in the order of its slug. */
export function relationCountries(row: RelationCountriesRow) {
  return {
    name: relationName(row.a_name, row.b_name),
    countries: [
      { code: row.a_code, name: row.a_name, slug: row.a_slug },
      { code: row.b_code, name: row.b_name, slug: row.b_slug },
    ] as [{ code: string; name: string; slug: string }, { code: string; name: string; slug: string }],
  };
}
