/**
 * Lint the OpenAPI document with both linters re-users run, Redocly (recommended rules) and
 * Spectral (spectral:oas); any error or warning fails. Part of `pnpm lint`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openApiJson } from "./openapi";

const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dyad-openapi-"));
const run = (command: string, args: string[]) => {
  const result = spawnSync(bin(command), args, {
    stdio: "inherit",
    // No update check, no telemetry: CI and these machines are offline.
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  return result.status === 0;
};
try {
  const document = join(dir, "openapi.json");
  const ruleset = join(dir, ".spectral.yaml");
  writeFileSync(document, openApiJson());
  const config = join(dir, "redocly.yaml");
  writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');
  // recommended-strict: the recommended rules with every warning an error.
  writeFileSync(config, "extends:\n  - recommended-strict\n");
  const redocly = run("redocly", ["lint", document, "--config", config, "--max-problems=50"]);
  const spectral = run("spectral", ["lint", "--quiet", "--fail-severity=warn", "-r", ruleset, document]);
  if (!redocly || !spectral) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
