import openapiTS, { astToString } from "openapi-typescript";
import { openApiJson } from "../scripts/openapi";

export const TYPES_FILE = new URL("./generated/openapi.ts", import.meta.url);

const HEADER = `// Generated from the OpenAPI document by openapi-typescript: do not edit.
// Regenerate with \`pnpm --filter @dyad/client types\`; a test fails while this file is stale.

`;

/** The client's types, as `pnpm --filter @dyad/client types` writes them. */
export async function generateTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(openApiJson()), { alphabetize: false });
  return HEADER + astToString(ast);
}
