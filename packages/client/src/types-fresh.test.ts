import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { generateTypes, TYPES_FILE } from "./generate-types";

test("the committed client types match the OpenAPI document the app serves", async () => {
  const committed = readFileSync(TYPES_FILE, "utf8");
  // On failure: pnpm --filter @dyad/client types, and commit src/generated/openapi.ts.
  expect(committed === (await generateTypes()), "src/generated/openapi.ts is stale").toBe(true);
});
