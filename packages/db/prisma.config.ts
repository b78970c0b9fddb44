// Prisma CLI configuration. These machines cannot download Prisma's native schema engine, so the
// CLI runs its WebAssembly engine ("js") over the same pg driver adapter the app uses.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const root = path.join(import.meta.dirname, "..", "..");

/**
 * @prisma/adapter-pg runs a migration script by splitting it on ";", which breaks the
 * dollar-quoted trigger functions in our migrations. Send the whole script in one simple query
 * instead: PostgreSQL runs a multi-statement query as one implicit transaction, so a failed
 * migration also leaves nothing half-applied.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  }
}

export default defineConfig({
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: { path: path.join(root, "prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (scripts/start.ts and the test setup set it)");
    return new WholeScriptPg({ connectionString: url });
  },
});
