import type { TApiScope } from "@dyad/api-contract";
import { type Actor, createApiToken, createFact, publishFact } from "@dyad/db";
import { createRelation, createUser, generalFact, unique } from "./factories";

/** A person with an API token of these scopes: the secret as the editor app shows it once. */
export async function tokenFor(role: "EDITOR" | "REVIEWER" | "ADMIN", scopes: TApiScope[]) {
  const person = await createUser(role);
  const { token, secret } = await createApiToken({ actor: person.actor, name: `test ${unique()}`, scopes });
  return { ...person, token, secret };
}

/** A fresh relation with an editor and a reviewer to write and publish in it. */
export async function relationScenario() {
  const relation = await createRelation();
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  return { relation, editor: editor.actor, reviewer: reviewer.actor };
}

/** Create a fact and publish its first revision. */
export async function publishedFact(
  scenario: { relation: { id: string }; editor: Actor; reviewer: Actor },
  statement: string,
  extra: Record<string, unknown> = {},
) {
  const created = await createFact({
    relationId: scenario.relation.id,
    content: generalFact(statement, extra),
    note: "Written for a test",
    actor: scenario.editor,
  });
  await publishFact({ factId: created.factId, actor: scenario.reviewer });
  return created;
}

/** A trade figure between a relation's two countries (kind TRADE_FIGURE, valid in 2019). */
export const tradeFigure = (relation: { countryAId: string; countryBId: string }) => ({
  kind: "TRADE_FIGURE" as const,
  section: "economy" as const,
  statement: "Trade between the two countries reached 12.5 million US dollars.",
  validTime: { start: "2019" },
  data: {
    reporter: relation.countryAId,
    partner: relation.countryBId,
    flow: "TURNOVER" as const,
    amount: { value: 12.5, currency: "USD", unit: "MILLION" as const, asReported: "$12.5 million" },
  },
  sources: [
    { source: { url: `https://stats.example/${unique()}`, title: "Trade statistics", kind: "DATASET" as const } },
  ],
});
