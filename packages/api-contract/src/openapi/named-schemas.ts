import { getRefId, zodToOpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import { ZApiChangeEvent } from "../changes";
import { ZApiCountry } from "../countries";
import { ZApiDraft } from "../drafts";
import { ZApiRelation } from "../relations";
import { ZRelease, ZReleaseChange, ZReleaseManifest, ZReleaseSummary } from "../releases";
import { ZApiCitedSource, ZApiFact, ZApiReadMeta, ZFactRecord } from "../shared/responses";
import { ZApiSource } from "../sources";
import { ZProblem } from "./responses";

/** Names under components/schemas for the shapes that recur, so the document says "Fact" once. */
const NAMED: [string, z.ZodType][] = [
  ["Problem", ZProblem],
  ["FactRecord", ZFactRecord],
  ["Fact", ZApiFact],
  ["CitedSource", ZApiCitedSource],
  ["ReadMeta", ZApiReadMeta],
  ["Country", ZApiCountry],
  ["Relation", ZApiRelation],
  ["Source", ZApiSource],
  ["ChangeEvent", ZApiChangeEvent],
  ["Release", ZRelease],
  ["ReleaseSummary", ZReleaseSummary],
  ["ReleaseManifest", ZReleaseManifest],
  ["ReleaseChange", ZReleaseChange],
  ["Draft", ZApiDraft],
];

/**
 * Give the shared schemas their component names on the very objects the handlers and the domain
 * use, so every nested use becomes a $ref too. The names go into zod-to-openapi's own metadata
 * registry (its documented way to attach a refId without wrapping the schema), not zod's global
 * one, so nothing outside the OpenAPI document sees them. Idempotent.
 */
export function nameSchemas(): void {
  for (const [refId, schema] of NAMED) {
    if (getRefId(schema) !== refId) zodToOpenAPIRegistry.add(schema, { _internal: { refId } });
  }
}
