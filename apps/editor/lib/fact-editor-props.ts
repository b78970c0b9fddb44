import { FACT_KINDS, type FactKind, factFormSpec, type NamedField } from "@dyad/db";
import type { Pickers } from "../components/fact-editor/data-fields";
import { COUNTRY_OPTIONS } from "./countries";

const CURRENCIES = Intl.supportedValuesOf("currency");

/** Field specs for every kind (a new fact may switch kind) or for one. */
export function specsFor(kinds: FactKind[] = FACT_KINDS): Partial<Record<FactKind, NamedField[]>> {
  return Object.fromEntries(kinds.map((k) => [k, factFormSpec(k)]));
}

/** The pickers' choices: the relation's two countries first, then all; ISO 4217 currencies. */
export function pickersFor(pair: readonly { code: string; name: string }[]): Pickers {
  return { pair: pair.map(({ code, name }) => ({ code, name })), countries: COUNTRY_OPTIONS, currencies: CURRENCIES };
}
