import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { DATA_LICENCE, LICENCE_NOTICE } from "@dyad/core/licence";
import { getChangesAtomEndpoint, listChangeGroupsEndpoint, listChangesEndpoint } from "../changes";
import { listCountriesEndpoint } from "../countries";
import { createFactEndpoint, getFactDraftEndpoint, reviseFactDraftEndpoint, submitFactDraftEndpoint } from "../drafts";
import { diffFactRevisionsEndpoint, getFactEndpoint, listRelationFactsEndpoint } from "../facts";
import { getRelationChangesEndpoint, getRelationEndpoint, listRelationsEndpoint } from "../relations";
import { downloadReleaseFileEndpoint } from "../release-files";
import {
  createReleaseEndpoint,
  getReleaseEndpoint,
  listReleaseChangesEndpoint,
  listReleasesEndpoint,
} from "../releases";
import { searchEndpoint } from "../search";
import { getSourceEndpoint, listSourcesEndpoint } from "../sources";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookDeliveriesEndpoint,
  listWebhooksEndpoint,
  replayWebhookEndpoint,
} from "../webhooks";
import { nameSchemas } from "./named-schemas";
import { registerComponents } from "./responses";

const DESCRIPTION = `Dated, sourced and versioned facts about relations between countries.

Every read takes \`asOf\` (an instant) and answers with exactly what was public then; \`meta.asOf\`
says which instant an answer is for (without asOf: the latest settled instant, i.e. now) and
\`meta.release\` the release it falls in. Pass \`meta.asOf\` back to get the same answer for ever.

Lists are cursor-paginated (\`limit\` up to 1000, \`nextCursor\` / \`links.next\`); a cursor keeps
the instant of its first page. Errors are application/problem+json. Responses carry an ETag
(send If-None-Match for a 304) and a Cache-Control suited to them: immutable for a settled
instant, a release, a full page of the changes feed. Clients are rate limited per address (per
token for writes): see the RateLimit-* headers; over the limit is a 429 with Retry-After.

Writes need an API token (created in the editor app) with the right scope; they create and
revise drafts under the editor app's rules, with If-Match on the draft's revision.`;

// In the document's order: the paths object lists them as registered, so moving one here changes
// the document's bytes and the client's generated types.
const ENDPOINTS: RouteConfig[] = [
  listCountriesEndpoint,
  listRelationsEndpoint,
  getRelationEndpoint,
  listRelationFactsEndpoint,
  getRelationChangesEndpoint,
  searchEndpoint,
  getFactEndpoint,
  diffFactRevisionsEndpoint,
  listSourcesEndpoint,
  getSourceEndpoint,
  listChangesEndpoint,
  listChangeGroupsEndpoint,
  getChangesAtomEndpoint,
  listReleasesEndpoint,
  createReleaseEndpoint,
  getReleaseEndpoint,
  listReleaseChangesEndpoint,
  downloadReleaseFileEndpoint,
  createFactEndpoint,
  getFactDraftEndpoint,
  reviseFactDraftEndpoint,
  submitFactDraftEndpoint,
  listWebhooksEndpoint,
  createWebhookEndpoint,
  getWebhookEndpoint,
  deleteWebhookEndpoint,
  replayWebhookEndpoint,
  listWebhookDeliveriesEndpoint,
];

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

/**
 * The OpenAPI 3.1 document of the public API at `site` (its configured address, never a request's
 * Host: a saved copy still works), generated from the zod schemas the handlers parse with.
 */
export function buildOpenApiDocument(site: URL): OpenApiDocument {
  nameSchemas();
  const registry = new OpenAPIRegistry();
  registerComponents(registry);
  for (const endpoint of ENDPOINTS) registry.registerPath(endpoint);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Dyad public data API",
      version: "1.0.0",
      description: `${DESCRIPTION}\n\n## Licence\n\n${LICENCE_NOTICE}`,
      contact: { name: "Dyad", url: new URL("/docs/api", site).toString() },
      license: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    },
    servers: [{ url: site.origin }],
    tags: [
      { name: "Relations", description: "Pairs of countries and what is public about them" },
      { name: "Facts", description: "Facts, their public revisions and their differences" },
      { name: "Sources", description: "What facts cite" },
      { name: "Changes", description: "Every publication and withdrawal, to mirror Dyad" },
      { name: "Releases", description: "Named, frozen, hashed states of the data, to cite" },
      { name: "Writing", description: "Drafts by API token, under the editor app's rules" },
      { name: "Webhooks", description: "Signed notifications of changes, retried until delivered, replayable" },
      { name: "Reference", description: "Reference data" },
    ],
  });
}
