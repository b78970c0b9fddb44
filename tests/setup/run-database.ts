import { disconnectDb } from "@dyad/db";
import { migrate } from "@dyad/db/dev";
import { seed } from "@dyad/db/seed";
import { acquire } from "./shared-resource";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminEmail: string;
    adminPassword: string;
    // Only in the tiers that run the apps (http, e2e, soak): see apps-setup.ts.
    webUrl: string;
    editorUrl: string;
    revalidateSecret: string;
    /** The editor's NEXTAUTH_SECRET, so tests can sign session cookies (e.g. already expired). */
    nextauthSecret: string;
  }
}

export interface RunDatabase {
  url: string;
  adminEmail: string;
  adminPassword: string;
}

/**
 * One fresh database per run, migrated with the real migrations and seeded with the real seed,
 * shared by every tier in the run and dropped after the last. Tests create their own data with
 * factories, so they never depend on each other or on order.
 */
export function runDatabase() {
  return acquire<RunDatabase>("database", async () => {
    const database = await createTestDatabase();
    console.log(`Test database: ${database.kind}`);
    const admin = { adminEmail: "admin@dyad.test", adminPassword: `test-${Math.random().toString(36).slice(2)}` };
    try {
      await prepareDatabase(database.url, admin);
    } catch (error) {
      await database.drop();
      throw error;
    }
    return { value: { url: database.url, ...admin }, stop: database.drop };
  });
}

/**
 * The real migrations and the real seed on an empty database. The seed writes through the
 * domain's client, which reads DATABASE_URL on first use: this process's client is pointed at
 * the database and left there.
 */
export async function prepareDatabase(url: string, admin: { adminEmail: string; adminPassword?: string }) {
  await disconnectDb();
  process.env.DATABASE_URL = url;
  await migrate(url);
  await seed(admin);
}
