import { defineConfig } from "vitest/config";

// Unit tests only: pure code beside the source, run from inside this package
// (`pnpm exec vitest run <path>`). They are the `unit` tier of tests/vitest.config.ts
// (`pnpm test:unit`), which runs them with every other tier.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
