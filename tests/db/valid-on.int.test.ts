import {
  AppError,
  createFact,
  getRelationPage,
  heldOn,
  listApiFacts,
  listFactsValidDuring,
  publishFact,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";

// `on` (what was true on a date) is read three ways: in SQL by the API's facts list and by
// listFactsValidDuring, and in JS on a cached relation page. They must keep the same facts.
describe("what was true on a date, read from SQL and from a cached page alike", () => {
  it("keeps the same facts for every date, whichever way the page is read", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const validTimes = {
      "Embassy opened in 2004.": { start: "2004-09", end: null },
      "Visit of March 2010.": { start: "2010-03-27" },
      "Agreement in force 2001 to 2008.": { start: "2001", end: "2008" },
      "Consulate closed by 1999.": { start: null, end: "1999" },
      "An undated remark.": { start: null, end: null },
    };
    for (const [statement, validTime] of Object.entries(validTimes)) {
      const { factId } = await createFact({
        relationId: relation.id,
        content: generalFact(statement, { validTime }),
        note: "n",
        actor,
      });
      await publishFact({ factId, actor });
    }
    const page = await getRelationPage({ slug: relation.slug });
    for (const on of ["1990", "2004", "2004-08", "2009", "2010-03", "2010-03-28", "2020-06-01"]) {
      const api = (await listApiFacts({ slug: relation.slug, on })).data.map((f) => f.statement).sort();
      const during = (await listFactsValidDuring({ relationId: relation.id, from: on, to: on }))
        .map((f) => f.statement)
        .sort();
      const cached = page.facts
        .filter((f) => heldOn(f.validTime, on))
        .map((f) => f.statement)
        .sort();
      expect(api, on).toEqual(cached);
      expect(during, on).toEqual(cached);
    }
    expect((await listApiFacts({ slug: relation.slug, on: "2010" })).data.map((f) => f.statement).sort()).toEqual([
      "Embassy opened in 2004.",
      "Visit of March 2010.",
    ]);
  });

  it("refuses a future date, and `on` together with a period, as bad input", async () => {
    const relation = await createRelation();
    const nextYear = String(new Date().getUTCFullYear() + 1);
    await expect(listApiFacts({ slug: relation.slug, on: nextYear })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/future/),
    });
    await expect(listApiFacts({ slug: relation.slug, on: "2010", validFrom: "2009" })).rejects.toBeInstanceOf(AppError);
  });
});
