#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma 6.19 looks for its native query-engine library even with
// engineType = "client", where it never loads it; any existing file satisfies the check
// (see ../../ARCHITECTURE.md, "Prisma without downloads").
import { spawnSync } from "node:child_process";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: path.join(here, "prisma.mjs"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const bin = path.join(here, "..", "node_modules", ".bin", "prisma");
const result = spawnSync(bin, process.argv.slice(2), { stdio: "inherit", env, cwd: path.join(here, "..") });
process.exit(result.status ?? 1);
