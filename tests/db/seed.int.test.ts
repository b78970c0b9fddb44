import {
  getDb,
  getFact,
  getPublicRelation,
  listFactRevisions,
  reviseFact,
  toContentInput,
  verifyPassword,
} from "@dyad/db";
import { seed } from "@dyad/db/seed";
import { describe, expect, inject, it } from "vitest";
import { createUser } from "../setup/factories";

describe("the seeded start", () => {
  it("publishes the seed article's clean facts as the Azerbaijan–Canada relation, cited to the article", async () => {
    const { relation, facts } = await getPublicRelation({ slug: "azerbaijan-canada" });
    expect(relation.name).toBe("Azerbaijan–Canada relations");
    expect(relation.countries.map((c) => c.code)).toEqual(["AZ", "CA"]);
    // 32 facts read, 6 held for review by their flags (tests/int/publication-gate.int.test.ts);
    // the See also list is links of the relation (tests/int/related-links.int.test.ts).
    expect(facts.length).toBeGreaterThanOrEqual(20);
    expect(facts.some((f) => /August 10, 1992/.test(f.statement))).toBe(true);
    expect(
      facts.every((f) => f.sources[0]?.title === "Azerbaijan–Canada relations" && f.sources[0]?.kind === "ARTICLE"),
    ).toBe(true);
    expect(await getDb().country.count()).toBe(250);
  });

  it("creates one admin whose password is stored only as an argon2id hash", async () => {
    // Other test files make admins of their own (factories: admin-…@dyad.test); the seed's are the rest.
    const admins = await getDb().user.findMany({ where: { role: "ADMIN", NOT: { email: { startsWith: "admin-" } } } });
    expect(admins.map((a) => a.email)).toEqual([inject("adminEmail")]);
    const hash = admins[0]?.passwordHash ?? "";
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, inject("adminPassword"))).toBe(true);
  });

  it("adds nothing and loses no edit when it runs again", async () => {
    const db = getDb();
    const seeded = await db.fact.findFirstOrThrow({
      where: { relation: { slug: "azerbaijan-canada" }, deletedAt: null },
      orderBy: { createdAt: "asc" },
    });
    const { actor } = await createUser("EDITOR");
    const { draft } = await getFact({ factId: seeded.id });
    if (!draft) throw new Error("seeded fact has no draft");
    const edited = await reviseFact({
      factId: seeded.id,
      expectedRevisionId: draft.revisionId,
      content: { ...toContentInput(draft), statement: `${draft.statement} (checked)` },
      note: "Checked against the original",
      actor,
    });
    // Other test files run at the same time, so count only the seeded relation's rows.
    const seededRelation = { relation: { slug: "azerbaijan-canada" } };
    const counts = async () => [
      await db.fact.count({ where: seededRelation }),
      await db.factRevision.count({ where: { fact: seededRelation } }),
      await db.publication.count({ where: seededRelation }),
      await db.user.count({ where: { role: "ADMIN", NOT: { email: { startsWith: "admin-" } } } }),
    ];
    const before = await counts();

    const again = await seed({ adminEmail: "someone-else@dyad.test" });
    expect(again.countries).toBe(0);
    expect(again.admin.created).toBe(false);
    expect(again.report.created).toEqual([]);
    expect(await counts()).toEqual(before);
    expect((await getFact({ factId: seeded.id })).draft?.revisionId).toBe(edited.revision.id);
    expect(await listFactRevisions({ factId: seeded.id })).toHaveLength(2);
  });
});
