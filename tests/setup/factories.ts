import { randomUUID } from "node:crypto";
import { type Actor, getDb, hashPassword, WORLD_COUNTRIES } from "@dyad/db";

let counter = 0;
/** A short unique suffix so every test's data is its own. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomUUID().slice(0, 4)}`;

const COUNTRY_CODES = WORLD_COUNTRIES.map((c) => c.code).filter((code) => code !== "AZ" && code !== "CA");

/**
 * A relation between two countries not used by the seed. A fresh pair per call, so tests do not
 * share a relation; pairs are drawn at random (about 30,000 of them), retried if taken.
 */
export async function createRelation() {
  const db = getDb();
  for (let attempt = 0; attempt < 50; attempt++) {
    const [a, b] = pickTwo();
    const countries = await db.country.findMany({ where: { code: { in: [a, b] } }, orderBy: { slug: "asc" } });
    const [first, second] = countries;
    if (!first || !second) throw new Error("countries are not seeded");
    const taken = await db.relation.findFirst({
      where: {
        OR: [
          { countryAId: first.code, countryBId: second.code },
          { countryAId: second.code, countryBId: first.code },
        ],
      },
    });
    if (taken) continue;
    try {
      return await db.relation.create({
        data: { slug: `${first.slug}-${second.slug}`, countryAId: first.code, countryBId: second.code },
      });
    } catch {
      // Another test took the pair in between: try another.
    }
  }
  throw new Error("no free country pair left for a test relation");
}

function pickTwo(): [string, string] {
  const i = Math.floor(Math.random() * COUNTRY_CODES.length);
  let j = Math.floor(Math.random() * (COUNTRY_CODES.length - 1));
  if (j >= i) j++;
  return [COUNTRY_CODES[i] as string, COUNTRY_CODES[j] as string];
}

export async function createUser(role: "EDITOR" | "REVIEWER" | "ADMIN", password = "correct horse battery") {
  const email = `${role.toLowerCase()}-${unique()}@dyad.test`;
  const user = await getDb().user.create({
    data: { email, name: `${role} ${email}`, role, passwordHash: await hashPassword(password) },
  });
  const actor: Actor = { id: user.id, name: user.name, role };
  return { user, actor, email, password };
}

export const generalFact = (statement: string, extra: Record<string, unknown> = {}) => ({
  kind: "GENERAL" as const,
  section: "background" as const,
  data: {},
  statement,
  validTime: { start: "2001-05-06" },
  sources: [{ source: { url: `https://example.org/${unique()}`, title: "Example source", kind: "NEWS" as const } }],
  ...extra,
});

/**
 * Rewrite a source row behind the triggers that refuse it (migration 20261208120000), as a
 * database edited by hand could hold it: for tests of what readers are served then.
 */
export async function forgeSource(sourceId: string, data: { title?: string; url?: string }) {
  await getDb().$transaction(async (tx) => {
    // Ordinary triggers do not fire for a session in replica mode (superuser only: the tests' role).
    await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
    await tx.source.update({ where: { id: sourceId }, data });
  });
}
