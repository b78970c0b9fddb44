import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Node's arguments for an app's production server, as its package.json `start` script gives them
 * (`node [options] server.mjs`), so `pnpm start`, the tests and the benchmarks start it alike. Read
 * from the app's own folder: a benchmark of an older checkout starts that build as it shipped.
 */
export function serverArgs(appDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(appDir, "package.json"), "utf8")) as {
    scripts?: { start?: string };
  };
  const words = (manifest.scripts?.start ?? "").trim().split(/\s+/);
  if (words[0] !== "node" || words.at(-1) !== "server.mjs" || words.slice(1, -1).some((w) => !w.startsWith("--"))) {
    throw new Error(`${appDir}/package.json: the start script is not \`node [--options] server.mjs\``);
  }
  return words.slice(1);
}
