import createClient, { type ClientOptions } from "openapi-fetch";
import type { components, operations, paths } from "./generated/openapi";

export type { components, operations, paths };
/** A named shape of the API, e.g. `Schema<"Fact">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/**
 * A typed client for Dyad's public data API: every path, parameter and answer is checked against the
 * OpenAPI document at compile time. `baseUrl` is the site's address (e.g. https://dyad.example);
 * pass `headers: { authorization: "Bearer dyad_…" }` for writes.
 */
export function createDyadClient(options: ClientOptions & { baseUrl: string }) {
  // Answers typed as JSON and problems: a few resources also have a JSON-LD representation
  // (Accept: application/ld+json), which would otherwise widen every answer of theirs.
  return createClient<paths, "application/json" | "application/problem+json">(options);
}

export type DyadClient = ReturnType<typeof createDyadClient>;
