import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { startApp } from "./apps";
import { type RunDatabase, runDatabase } from "./run-database";
import { acquire } from "./shared-resource";

/**
 * Global setup of the tiers that need the apps (http, e2e, soak): the run's database, and both
 * apps' production builds started against it, once for all of these tiers.
 */
export default async function setup(project: TestProject) {
  const database = await runDatabase();
  let apps: Awaited<ReturnType<typeof runningApps>>;
  try {
    apps = await runningApps(database.value);
  } catch (error) {
    await database.release();
    throw error;
  }
  project.provide("databaseUrl", database.value.url);
  project.provide("adminEmail", database.value.adminEmail);
  project.provide("adminPassword", database.value.adminPassword);
  project.provide("webUrl", apps.value.webUrl);
  project.provide("editorUrl", apps.value.editorUrl);
  project.provide("revalidateSecret", apps.value.revalidateSecret);
  project.provide("nextauthSecret", apps.value.nextauthSecret);
  return async () => {
    await apps.release();
    await database.release();
  };
}

function runningApps(database: RunDatabase) {
  return acquire("apps", async () => {
    const stops: (() => Promise<void>)[] = [];
    const stop = async () => {
      await Promise.all(stops.map((s) => s()));
    };
    try {
      const revalidateSecret = randomBytes(24).toString("base64url");
      const env = { DATABASE_URL: database.url, DATABASE_POOL_SIZE: "3", DYAD_REVALIDATE_SECRET: revalidateSecret };
      // Webhook receivers in the tests listen on loopback, which a deployment refuses (SSRF).
      const web = await startApp("apps/web", { ...env, DYAD_WEBHOOKS_ALLOW_PRIVATE: "1" });
      stops.push(web.stop);
      const nextauthSecret = randomBytes(32).toString("base64url");
      const editor = await startApp("apps/editor", { ...env, DYAD_WEB_URL: web.url, NEXTAUTH_SECRET: nextauthSecret });
      stops.push(editor.stop);
      return { value: { webUrl: web.url, editorUrl: editor.url, revalidateSecret, nextauthSecret }, stop };
    } catch (error) {
      await stop();
      throw error;
    }
  });
}
