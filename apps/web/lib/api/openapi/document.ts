import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { DATA_LICENCE, LICENCE_NOTICE } from "@dyad/db/licence";
import { siteUrl } from "@/lib/site";
import { nameSchemas, registerComponents } from "./components";
import { registerReadPaths } from "./read-paths";
import { registerWebhookPaths } from "./webhook-paths";
import { registerWritePaths } from "./write-paths";

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

let built: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

/** The OpenAPI 3.1 document, generated from the zod schemas the handlers parse with (once per process). */
export function openApiDocument() {
  if (built) return built;
  nameSchemas();
  const registry = new OpenAPIRegistry();
  registerComponents(registry);
  registerReadPaths(registry);
  registerWritePaths(registry);
  registerWebhookPaths(registry);
  built = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Dyad public data API",
      version: "1.0.0",
      description: `${DESCRIPTION}\n\n## Licence\n\n${LICENCE_NOTICE}`,
      contact: { name: "Dyad", url: new URL("/docs/api", siteUrl()).toString() },
      license: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    },
    // The configured address (DYAD_PUBLIC_URL), never the request's Host: a saved copy still works.
    servers: [{ url: siteUrl().origin }],
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
  return built;
}
