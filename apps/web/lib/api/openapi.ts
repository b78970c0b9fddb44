import { buildOpenApiDocument, type OpenApiDocument } from "@dyad/api-contract/openapi";
import { siteUrl } from "@/lib/site";

let built: OpenApiDocument | undefined;

/** The OpenAPI 3.1 document at the site's configured address (DYAD_PUBLIC_URL), built once per process. */
export function openApiDocument(): OpenApiDocument {
  built ??= buildOpenApiDocument(siteUrl());
  return built;
}
