import type { Tx } from "../tx";
import { WORLD_COUNTRIES } from "./world";

/** Insert any country not yet in the table; existing rows are left as they are. */
export async function seedCountries(tx: Tx): Promise<number> {
  const { count } = await tx.country.createMany({ data: WORLD_COUNTRIES, skipDuplicates: true });
  return count;
}
