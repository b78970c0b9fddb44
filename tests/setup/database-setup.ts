import type { TestProject } from "vitest/node";
import { runDatabase } from "./run-database";

/** Global setup of the db tier: the run's database, migrated and seeded. No app is built or started. */
export default async function setup(project: TestProject) {
  const database = await runDatabase();
  project.provide("databaseUrl", database.value.url);
  project.provide("adminEmail", database.value.adminEmail);
  project.provide("adminPassword", database.value.adminPassword);
  return database.release;
}
