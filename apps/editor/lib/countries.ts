import { WORLD_COUNTRIES } from "@dyad/db";

export interface CountryOption {
  code: string;
  name: string;
}

/** Every country by name, for pickers (server side; passed to client components as props). */
export const COUNTRY_OPTIONS: CountryOption[] = WORLD_COUNTRIES.map((c) => ({ code: c.code, name: c.name })).sort(
  (a, b) => a.name.localeCompare(b.name, "en"),
);
