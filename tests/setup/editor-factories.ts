import { type Actor, createFact, getDb, type ZTradeFigureData, type z } from "@dyad/db";
import { createRelation, createUser, generalFact, unique } from "./factories";

/**
 * An admin as domain operations see one, without an account row: tests must not add ADMIN
 * accounts, because the seed's test counts them (the seeded admin is the only one). Its
 * audit events name it, with no actor id.
 */
export const testAdmin: Actor = { id: null, name: "Test administrator", role: "ADMIN" };

type TradeData = z.input<typeof ZTradeFigureData>;

/** A trade figure between a relation's two countries, valid and publishable unless overridden. */
export function tradeFact(pair: { countryAId: string; countryBId: string }, data: Partial<TradeData> = {}) {
  const defaults: TradeData = {
    reporter: pair.countryAId,
    partner: pair.countryBId,
    flow: "TURNOVER",
    amount: { value: 12.5, currency: "USD", unit: "MILLION", asReported: "$12.5 million" },
  };
  return {
    kind: "TRADE_FIGURE" as const,
    section: "economy" as const,
    statement: "Trade between the two countries reached 12.5 million US dollars.",
    validTime: { start: "2019" } as { start: string | null; end?: string | null },
    data: { ...defaults, ...data },
    sources: [
      { source: { url: `https://stats.example/${unique()}`, title: "Trade statistics", kind: "DATASET" as const } },
    ],
  };
}

/** A relation, an editor, a reviewer and one draft fact written by the editor. */
export async function draftScenario(statement = "Embassies opened in both capitals.") {
  const relation = await createRelation();
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const { factId, revision } = await createFact({
    relationId: relation.id,
    content: generalFact(statement),
    note: "First draft",
    actor: editor.actor,
  });
  return { relation, editor, reviewer, factId, revisionId: revision.id };
}

export async function auditTypes(factId: string) {
  const events = await getDb().auditEvent.findMany({
    where: { factId },
    orderBy: { id: "asc" },
    select: { type: true },
  });
  return events.map((e) => e.type);
}

/** A short relations article about a fresh pair of countries (the relation exists, without facts). */
export async function articleForFreshPair(intro = "are the bilateral relations between the two countries.") {
  const relation = await createRelation();
  const countries = await getDb().country.findMany({
    where: { code: { in: [relation.countryAId, relation.countryBId] } },
    orderBy: { slug: "asc" },
  });
  const [a, b] = countries.map((c) => c.name);
  const text = [
    `= ${a}–${b} relations =`,
    "",
    `${a}–${b} relations ${intro}`,
    "",
    "==History==",
    "Diplomatic relations between the two countries were established on August 10, 1992.",
    "",
  ].join("\n");
  return { relation, text };
}
