import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The test tiers, one vitest project each (README "Tests" says which to run when). A tier is a
 * folder: a file's place decides what it gets.
 * - unit: pure code, `*.test.ts` beside the source in packages/ (no database);
 * - db: domain operations on a real PostgreSQL (tests/db); no app is built or started;
 * - http: requests to the running apps (tests/http; also tests/int, where files not yet sorted
 *   into a tier still run with the apps);
 * - e2e: the running apps in Chromium (tests/e2e);
 * - soak: long fuzz, load and scale-out suites against the running apps (tests/soak).
 * The tiers of a run share one database (setup/run-database.ts); the tiers that need the apps
 * start both production builds once (setup/apps-setup.ts). unit runs first, then db (the fastest
 * to fail), then http, e2e and soak together, so the long fuzz overlaps the rest.
 */
const HERE = import.meta.dirname;
const FOLDERS = { db: ["db"], http: ["http", "int"], e2e: ["e2e"], soak: ["soak"] };
const CONNECTIONS = { testTimeout: 60_000, hookTimeout: 120_000, pool: "forks" as const };
const withApps = {
  ...CONNECTIONS,
  globalSetup: ["setup/apps-setup.ts"],
  setupFiles: ["setup/worker-setup.ts"],
  maxWorkers: 2,
  sequence: { groupOrder: 2 },
};
const include = (folders: string[]) => folders.map((folder) => `${folder}/**/*.test.ts`);

/** What only the tiers with the apps provide: their addresses and secrets, and the helpers that use them. */
const NEEDS_APPS =
  /inject\("(webUrl|editorUrl|revalidateSecret|nextauthSecret)"\)|setup\/(api-client|server-actions|editor-browser|apps)"|e2e\/browser"/;

checkPlacement();

export default defineConfig({
  test: {
    projects: [
      {
        // types-fresh.test.ts loads the web app's OpenAPI document, whose files import through the web app's alias.
        resolve: { alias: [{ find: /^@\//, replacement: `${path.join(HERE, "../apps/web")}/` }] },
        test: {
          name: "unit",
          root: path.join(HERE, ".."),
          include: ["packages/*/src/**/*.test.ts", "bench/lib/**/*.test.ts"],
          // Alone and with the default workers, as before the tiers: the importer's tests include
          // speed checks that a busy machine would fail.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...CONNECTIONS,
          name: "db",
          include: include(FOLDERS.db),
          globalSetup: ["setup/database-setup.ts"],
          setupFiles: ["setup/worker-setup.ts"],
          // The files share no state but the database (each makes its own data; a file that changes
          // which database the domain uses puts it back), so a worker keeps its modules from one file
          // to the next: loading @dyad/db and Prisma for each file was half the tier's time (156 s
          // against 75 s on the busy 2-core machine). 4 workers were no faster than 2 there.
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      { test: { ...withApps, name: "http", include: include(FOLDERS.http) } },
      // A browser flow runs beside the soak tier's fuzz on two cores and slows three to four times
      // there: the change-set flow, 16 s alone, passed 60 s in one CI run. They assert outcomes, never time.
      { test: { ...withApps, name: "e2e", include: include(FOLDERS.e2e), testTimeout: 180_000 } },
      // Load suites: a test may take minutes on a busy 2-core machine (they assert outcomes, never time).
      { test: { ...withApps, name: "soak", include: include(FOLDERS.soak), testTimeout: 300_000 } },
    ],
  },
});

/**
 * Fail at once, rather than skip a file or let it fail obscurely: a test file under tests/ that
 * is in no tier's folder, and a db-tier file that reaches for the running apps (the db tier
 * starts none).
 */
function checkPlacement() {
  const tierFolders = new Set(Object.values(FOLDERS).flat());
  const problems: string[] = [];
  for (const file of testFiles(HERE)) {
    const [folder] = path.relative(HERE, file).split(path.sep);
    if (!folder || !tierFolders.has(folder) || folder === path.basename(file)) {
      problems.push(
        `${path.relative(HERE, file)} is in no tier: move it under tests/db, tests/http, tests/e2e or tests/soak`,
      );
    } else if (FOLDERS.db.includes(folder) && NEEDS_APPS.test(readFileSync(file, "utf8"))) {
      problems.push(
        `${path.relative(HERE, file)} uses the running apps, which the db tier does not start: move it to tests/http`,
      );
    }
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith(".test.ts") ? [full] : [];
  });
}
