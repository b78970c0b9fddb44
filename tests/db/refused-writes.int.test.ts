import { createFact, getDb, toProblem } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";

/** What a caller is told when `write` fails (the API's problem body; the editor shows the same). */
async function refusal(write: () => Promise<unknown>) {
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  const { status, body } = toProblem(error);
  return { status, code: body.code, detail: String(body.detail) };
}

describe("a write the database refuses", () => {
  it("is a conflict that says what the history trigger refused, through Prisma's client and in a transaction", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const { revision } = await createFact({ relationId: relation.id, content: generalFact("Kept."), note: "n", actor });
    const db = getDb();

    const update = await refusal(() =>
      db.factRevision.update({ where: { id: revision.id }, data: { statement: "Forged." } }),
    );
    expect(update).toEqual({
      status: 409,
      code: "CONFLICT",
      detail: "History cannot be changed or removed: rows of fact_revision are immutable (UPDATE refused)",
    });

    const remove = await refusal(() =>
      db.$transaction(async (tx) => tx.factRevision.delete({ where: { id: revision.id } })),
    );
    expect(remove.status).toBe(409);
    expect(remove.detail).toContain("rows of fact_revision are immutable (DELETE refused)");
    expect(remove.detail).not.toContain("Unknown error");

    const raw = await refusal(() => db.$executeRaw`DELETE FROM fact_revision WHERE id = ${revision.id}::uuid`);
    expect(raw.status).toBe(409);
    expect(raw.detail).toContain("(DELETE refused)");

    expect((await db.factRevision.findUniqueOrThrow({ where: { id: revision.id } })).statement).toBe("Kept.");
  });

  it("is a bad request, not a server error, when the database cannot read a value", async () => {
    const db = getDb();
    const malformed = await refusal(() => db.factRevision.findFirst({ where: { id: "not a uuid" } }));
    expect(malformed).toEqual({ status: 400, code: "INVALID", detail: "A value given is out of range or malformed" });
  });
});
