import { randomBytes } from "node:crypto";
import { disconnectDb } from "@dyad/db";
import { migrate } from "@dyad/db/dev";
import { seed } from "@dyad/db/seed";
import type { TestProject } from "vitest/node";
import { startApp } from "./apps";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    webUrl: string;
    editorUrl: string;
    adminEmail: string;
    adminPassword: string;
    revalidateSecret: string;
    /** The editor's NEXTAUTH_SECRET, so tests can sign session cookies (e.g. already expired). */
    nextauthSecret: string;
  }
}

/**
 * One fresh database per run, migrated with the real migrations and seeded with the real seed,
 * then both apps' production builds started against it. Tests create their own data with
 * factories, so they never depend on each other or on order.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  console.log(`Test database: ${database.kind}`);
  process.env.DATABASE_URL = database.url;
  const adminEmail = "admin@dyad.test";
  const adminPassword = `test-${Math.random().toString(36).slice(2)}`;
  const apps: { stop: () => Promise<void> }[] = [];
  try {
    await migrate(database.url);
    await seed({ adminEmail, adminPassword });
    await disconnectDb();
    const revalidateSecret = randomBytes(24).toString("base64url");
    const env = { DATABASE_URL: database.url, DATABASE_POOL_SIZE: "3", DYAD_REVALIDATE_SECRET: revalidateSecret };
    const web = await startApp("apps/web", env);
    apps.push(web);
    const nextauthSecret = randomBytes(32).toString("base64url");
    const editor = await startApp("apps/editor", { ...env, DYAD_WEB_URL: web.url, NEXTAUTH_SECRET: nextauthSecret });
    apps.push(editor);
    project.provide("revalidateSecret", revalidateSecret);
    project.provide("nextauthSecret", nextauthSecret);
    project.provide("databaseUrl", database.url);
    project.provide("webUrl", web.url);
    project.provide("editorUrl", editor.url);
    project.provide("adminEmail", adminEmail);
    project.provide("adminPassword", adminPassword);
  } catch (error) {
    await Promise.all(apps.map((a) => a.stop()));
    await database.drop();
    throw error;
  }
  return async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await database.drop();
  };
}
