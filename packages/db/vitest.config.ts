import { defineConfig } from "vitest/config";

// Unit tests only: pure code beside the source. Database tests live in /tests.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
