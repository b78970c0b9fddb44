import { defineConfig } from "vitest/config";

// Integration tests (*.int.test.ts) against a real PostgreSQL and browser tests (*.e2e.test.ts)
// in real Chromium, sharing one database and one pair of running apps (setup/global-setup.ts).
export default defineConfig({
  test: {
    include: ["int/**/*.int.test.ts", "e2e/**/*.e2e.test.ts"],
    globalSetup: ["setup/global-setup.ts"],
    setupFiles: ["setup/worker-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
