import { type Actor, getDb, importArticle } from "@dyad/db";

// An article for a pair of countries that holds the seed's five defects (a third country in a
// place clause, a misspelt capital, a duplicated agreement, a malformed amount, a contradictory
// trade direction), so that tests can decide on its flags without touching the seeded relation.

export interface PairNames {
  a: { name: string; capital: string };
  b: { name: string; demonym: string };
}

/** Countries whose names, demonyms and capitals the importer reads plainly, none of them Armenia or Turkey. */
export const PLAIN_COUNTRIES = [
  { code: "NO", name: "Norway", demonym: "Norwegian", capital: "Oslo" },
  { code: "CL", name: "Chile", demonym: "Chilean", capital: "Santiago" },
  { code: "KE", name: "Kenya", demonym: "Kenyan", capital: "Nairobi" },
  { code: "PT", name: "Portugal", demonym: "Portuguese", capital: "Lisbon" },
  { code: "PE", name: "Peru", demonym: "Peruvian", capital: "Lima" },
  { code: "FI", name: "Finland", demonym: "Finnish", capital: "Helsinki" },
  { code: "GH", name: "Ghana", demonym: "Ghanaian", capital: "Accra" },
  { code: "AT", name: "Austria", demonym: "Austrian", capital: "Vienna" },
  { code: "MN", name: "Mongolia", demonym: "Mongolian", capital: "Ulaanbaatar" },
  { code: "UY", name: "Uruguay", demonym: "Uruguayan", capital: "Montevideo" },
] as const;

export function defectsArticle({ a, b }: PairNames): string {
  return [
    `= ${a.name}–${b.name} relations =`,
    "",
    `Bilateral relations exist between ${a.name} and ${b.name}.`,
    "",
    "==Economic relations==",
    `On September 7, 2004, the governments of ${b.name} and ${a.name} signed a bilateral Convention for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to taxes on income and on capital.`,
    "",
    `In 2008, ${b.name}'s total import from ${a.name} reached $1.168.295 billion. In 2010, ${b.demonym} imports to ${a.name} were $542 million.`,
    "",
    "== Contracts ==",
    `In September 2004, the Convention for the Elimination of Double Taxation and the Prevention of Tax Dissemination was signed between ${a.name} and ${b.name}.`,
    "",
    "==Resident diplomatic missions==",
    "",
    `${b.name} does not maintain an embassy in Armenia but handles accreditation through the ${b.demonym} embassy in Anakara, Turkey.`,
    "",
  ].join("\n");
}

/** A relation of a free pair of PLAIN_COUNTRIES with the defects article imported (drafts, flagged). */
export async function importDefectsArticle(actor: Actor) {
  const db = getDb();
  for (let attempt = 0; attempt < 100; attempt++) {
    const i = Math.floor(Math.random() * PLAIN_COUNTRIES.length);
    const j = (i + 1 + Math.floor(Math.random() * (PLAIN_COUNTRIES.length - 1))) % PLAIN_COUNTRIES.length;
    const [a, b] = [PLAIN_COUNTRIES[i], PLAIN_COUNTRIES[j]] as const;
    if (!a || !b) continue;
    const taken = await db.relation.findFirst({
      where: {
        OR: [
          { countryAId: a.code, countryBId: b.code },
          { countryAId: b.code, countryBId: a.code },
        ],
      },
    });
    if (taken) continue;
    const origin = { url: `https://en.wikipedia.org/wiki/${a.name}–${b.name}_relations` };
    await importArticle({ text: defectsArticle({ a, b }), actor, origin });
    const relation = await db.relation.findFirstOrThrow({
      where: { countryAId: { in: [a.code, b.code] }, countryBId: { in: [a.code, b.code] } },
    });
    const facts = await db.fact.findMany({ where: { relationId: relation.id }, select: { id: true, importKey: true } });
    /** The fact whose import key matches (keys name the pair, e.g. "…/imports-cl-no-2008"). */
    const fact = (pattern: RegExp) => {
      const found = facts.find((f) => pattern.test(f.importKey ?? ""));
      if (!found) throw new Error(`no fact ${pattern}`);
      return found.id;
    };
    const flag = (factId: string, rule: string) =>
      db.factFlag.findFirstOrThrow({ where: { factId, rule, resolvedAt: null } });
    return { relation, a, b, fact, flag };
  }
  throw new Error("no free pair of PLAIN_COUNTRIES left");
}
