import { WORLD_COUNTRIES } from "@dyad/core/countries/world";
import type { Tx } from "../tx";

/** Insert any country not yet in the table; existing rows are left as they are. */
export async function seedCountries(tx: Tx): Promise<number> {
  const { count } = await tx.country.createMany({ data: WORLD_COUNTRIES, skipDuplicates: true });
  return count;
}
