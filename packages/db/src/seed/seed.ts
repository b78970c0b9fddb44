import { readFile } from "node:fs/promises";
import path from "node:path";
import { SYSTEM_ACTOR } from "../actor";
import { getDb } from "../client";
import { seedCountries } from "../countries/seed-countries";
import { importArticle } from "../import/import-article";
import { ensureAdmin } from "../users/ensure-admin";

export const SEED_ARTICLE = path.join(import.meta.dirname, "..", "..", "..", "..", "data", "azerbaijan-canada.txt");
/** The seed article is the text of this English Wikipedia article (CC BY-SA): its origin. */
export const SEED_ORIGIN = { url: "https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Canada_relations" };

/**
 * Idempotent: countries are inserted if missing, the admin is created once, and the seed
 * article's import recognises every fact it made before (a second run adds nothing and keeps
 * every edit).
 */
export async function seed(options: { adminEmail: string; adminPassword?: string }) {
  const countries = await getDb().$transaction((tx) => seedCountries(tx));
  const admin = await ensureAdmin({ email: options.adminEmail, password: options.adminPassword });
  const text = await readFile(SEED_ARTICLE, "utf8");
  const report = await importArticle({ text, actor: SYSTEM_ACTOR, publishNew: true, origin: SEED_ORIGIN });
  return { countries, admin, report };
}
