import {
  approveFact,
  approveFactOnPg,
  autosaveWorkingDraft,
  clearWorkingDraft,
  createFact,
  getDb,
  getFact,
  inSqlTransaction,
  reviseFact,
  reviseFactOnPg,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";

// The editor's save and approve run on pg itself (inSqlTransaction), the API's and everyone
// else's through Prisma: both must write the same rows and refuse the same way.

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

/** What a save or a publish left in the database, without the ids and times that differ. */
async function written(factId: string) {
  const db = getDb();
  const fact = await db.fact.findUniqueOrThrow({
    where: { id: factId },
    select: {
      reviewState: true,
      reviewNote: true,
      currentRevision: {
        select: {
          number: true,
          kind: true,
          section: true,
          data: true,
          statement: true,
          validFrom: true,
          validFromPrecision: true,
          validTo: true,
          validToPrecision: true,
          authorName: true,
          note: true,
          contentHash: true,
          parentId: true,
          sources: {
            orderBy: { position: "asc" },
            select: { position: true, locator: true, source: { select: { url: true, title: true, kind: true } } },
          },
        },
      },
      publishedRevisionId: true,
      currentRevisionId: true,
    },
  });
  const events = await db.auditEvent.findMany({ where: { factId }, orderBy: { id: "asc" }, select: { type: true } });
  const publications = await db.publication.count({ where: { factId } });
  const { currentRevision, ...pointers } = fact;
  if (!currentRevision) throw new Error("the fact has no draft");
  const { parentId: _parentId, ...revision } = currentRevision;
  return {
    reviewState: fact.reviewState,
    reviewNote: fact.reviewNote,
    revision,
    published: pointers.publishedRevisionId === pointers.currentRevisionId,
    events: events.map((e) => e.type),
    publications,
  };
}

async function twoFacts() {
  const relation = await createRelation();
  const { actor: editor } = await createUser("EDITOR");
  const make = async () => {
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("A claim both facts start from."),
      note: "First",
      actor: editor,
    });
    return { factId, revisionId: revision.id };
  };
  return { editor, prisma: await make(), pg: await make() };
}

describe("the editor's save and approve on pg", () => {
  it("write what reviseFact and approveFact write: revision, citations, pointer, audit, publication", async () => {
    const { editor, prisma, pg } = await twoFacts();
    const { actor: reviewer } = await createUser("REVIEWER");
    const cited = await getDb().source.create({ data: { title: `Cited ${unique()}`, kind: "DATASET" } });
    const content = generalFact("The edited claim, cited three ways.", {
      validTime: { start: "2001-05", end: "2003" },
      sources: [
        { source: { url: `https://example.org/${unique()}`, title: "A new page", kind: "NEWS" }, locator: "p. 4" },
        { source: { title: `A printed book ${unique()}`, kind: "BOOK", publishedOn: "1999-01-02" } },
        { sourceId: cited.id },
      ],
    });
    const edit = { content, note: "Edited" };
    await reviseFact({ factId: prisma.factId, expectedRevisionId: prisma.revisionId, ...edit, actor: editor });
    const saved = await inSqlTransaction((tx) =>
      reviseFactOnPg(tx, { factId: pg.factId, expectedRevisionId: pg.revisionId, ...edit, actor: editor }),
    );
    expect(saved).toMatchObject({ factId: pg.factId, changed: true });
    const [viaPrisma, viaPg] = [await written(prisma.factId), await written(pg.factId)];
    // The same new source by address is one source: both saves cite it, neither copies it.
    expect(viaPg).toEqual(viaPrisma);
    expect(viaPg.revision.number).toBe(2);
    expect((await getFact({ factId: pg.factId })).draft?.parentId).toBe(pg.revisionId);
    expect(viaPg.revision.sources).toHaveLength(3);

    // Saving the same content again changes nothing, on pg as through Prisma.
    const again = await inSqlTransaction((tx) =>
      reviseFactOnPg(tx, { factId: pg.factId, expectedRevisionId: saved.revisionId, ...edit, actor: editor }),
    );
    expect(again).toEqual({ factId: pg.factId, revisionId: saved.revisionId, changed: false });

    const prismaDraft = (await getFact({ factId: prisma.factId })).draft?.revisionId as string;
    await approveFact({ factId: prisma.factId, expectedRevisionId: prismaDraft, actor: reviewer });
    const effects: (() => Promise<unknown>)[] = [];
    const approved = await inSqlTransaction((tx, afterCommit) =>
      approveFactOnPg(tx, { factId: pg.factId, expectedRevisionId: saved.revisionId, actor: reviewer }, (effect) => {
        effects.push(effect);
        afterCommit(effect);
      }),
    );
    expect(approved).toMatchObject({ factId: pg.factId, revisionId: saved.revisionId, changed: true });
    // The public site is told after the commit, as after approveFact.
    expect(effects).toHaveLength(1);
    expect(await written(pg.factId)).toEqual(await written(prisma.factId));
    expect((await written(pg.factId)).events).toEqual(["fact.created", "fact.revised", "fact.published"]);
  });

  it("refuses as the operations do, and a refused save leaves nothing behind", async () => {
    const { editor, pg } = await twoFacts();
    const title = `Never kept ${unique()}`;
    // Saved over a draft that moved on: CONFLICT naming the current draft; the new source the
    // save had created is rolled back with it.
    const stale = await failure(
      inSqlTransaction((tx) =>
        reviseFactOnPg(tx, {
          factId: pg.factId,
          expectedRevisionId: crypto.randomUUID(),
          content: generalFact("Stale.", { sources: [{ source: { title, kind: "BOOK" } }] }),
          note: "Stale",
          actor: editor,
        }),
      ),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", details: { currentRevisionId: pg.revisionId } });
    const cited = await failure(
      inSqlTransaction(async (tx) => {
        await reviseFactOnPg(tx, {
          factId: pg.factId,
          expectedRevisionId: pg.revisionId,
          content: generalFact("Cites a book, then fails.", { sources: [{ source: { title, kind: "BOOK" } }] }),
          note: "Rolled back",
          actor: editor,
        });
        throw new Error("after the save");
      }),
    );
    expect(cited).toMatchObject({ message: "after the save" });
    expect(await getDb().source.count({ where: { title } })).toBe(0);
    expect((await written(pg.factId)).revision.number).toBe(1);

    // An editor may not approve; the author may not approve their own draft (four eyes).
    const byEditor = await failure(
      inSqlTransaction((tx, afterCommit) =>
        approveFactOnPg(tx, { factId: pg.factId, expectedRevisionId: pg.revisionId, actor: editor }, afterCommit),
      ),
    );
    expect(byEditor).toMatchObject({ code: "FORBIDDEN" });
    const { actor: reviewer } = await createUser("REVIEWER");
    await inSqlTransaction((tx) =>
      reviseFactOnPg(tx, {
        factId: pg.factId,
        expectedRevisionId: pg.revisionId,
        content: generalFact("The reviewer's own words."),
        note: "Mine",
        actor: reviewer,
      }),
    );
    const draft = (await getFact({ factId: pg.factId })).draft?.revisionId as string;
    const own = await failure(
      inSqlTransaction((tx, afterCommit) =>
        approveFactOnPg(tx, { factId: pg.factId, expectedRevisionId: draft, actor: reviewer }, afterCommit),
      ),
    );
    expect(own).toMatchObject({ code: "FORBIDDEN", details: { fourEyes: true } });
    expect((await written(pg.factId)).publications).toBe(0);
  });

  it("judges the approve's reads, sent together, in the order its answer depends on", async () => {
    // A draft its reviewer wrote, held by an open flag: the four eyes speak first, then the flag.
    const relation = await createRelation();
    const { actor: author } = await createUser("REVIEWER");
    const { actor: other } = await createUser("REVIEWER");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("Written and held."),
      note: "First",
      actor: author,
    });
    const flag = await getDb().factFlag.create({
      data: { factId, rule: "MALFORMED_AMOUNT", message: "The amount could not be read", excerpt: "a lot" },
    });
    const approveAs = (actor: typeof author) =>
      inSqlTransaction((tx, afterCommit) =>
        approveFactOnPg(tx, { factId, expectedRevisionId: revision.id, actor }, afterCommit),
      );
    expect(await failure(approveAs(author))).toMatchObject({ code: "FORBIDDEN", details: { fourEyes: true } });
    expect(await failure(approveAs(other))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("MALFORMED_AMOUNT («a lot»)"),
    });
    expect((await written(factId)).publications).toBe(0);
    await getDb().factFlag.update({ where: { id: flag.id }, data: { resolvedAt: new Date() } });
    expect(await approveAs(other)).toMatchObject({ factId, revisionId: revision.id, changed: true });
    expect((await written(factId)).published).toBe(true);
  });

  it("rolls back every statement sent together when one fails, and the connection serves the next", async () => {
    // Statements go out without waiting for the answers before them (pg's pipeline mode): the
    // first to fail aborts the transaction, those after it are refused, none is kept.
    const title = `Never kept ${unique()}`;
    const insert = "INSERT INTO source (id, title, kind) VALUES (gen_random_uuid(), $1, 'BOOK')";
    const answers: PromiseSettledResult<unknown>[] = [];
    const failed = await failure(
      inSqlTransaction(async (tx) => {
        answers.push(
          ...(await Promise.allSettled([
            tx.query(insert, [title]),
            tx.query("SELECT 1 / 0"),
            tx.query(insert, [title]),
          ])),
        );
        const refused = answers.find((a) => a.status === "rejected");
        if (refused) throw refused.reason;
      }),
    );
    expect(failed).toMatchObject({ message: "division by zero" });
    expect(answers.map((a) => a.status)).toEqual(["fulfilled", "rejected", "rejected"]);
    expect(answers[2]).toMatchObject({ reason: { code: "25P02" } });
    expect(await getDb().source.count({ where: { title } })).toBe(0);
    // Every connection of the pool still works: more transactions than connections, at once.
    const kept = await Promise.all(
      Array.from({ length: 12 }, () =>
        inSqlTransaction(async (tx) => (await tx.query(`${insert} RETURNING title`, [title])).rows[0]),
      ),
    );
    expect(kept).toHaveLength(12);
    expect(await getDb().source.count({ where: { title } })).toBe(12);
  });

  it("commits a write sent along only with its answer, and a failed one rolls back all with its own error", async () => {
    // clearWorkingDraft is sent along (executeAlong): the save goes on without waiting for it.
    const { editor, pg } = await twoFacts();
    const copy = { factId: pg.factId, baseRevisionId: pg.revisionId, note: "", actor: editor };
    await autosaveWorkingDraft({ ...copy, content: generalFact("Typed, not saved.") });
    const clear = (tx: Parameters<typeof clearWorkingDraft>[0], factId: string) =>
      clearWorkingDraft(tx, { userId: editor.id, factId, changeSetId: null });
    await inSqlTransaction((tx) => clear(tx, pg.factId));
    expect(await getDb().workingDraft.count({ where: { factId: pg.factId } })).toBe(0);

    // A failing write sent along, with statements after it or as the last: nothing is kept, and
    // the error told is its own, not "current transaction is aborted".
    const title = `Never kept ${unique()}`;
    const insert = "INSERT INTO source (id, title, kind) VALUES (gen_random_uuid(), $1, 'BOOK')";
    await autosaveWorkingDraft({ ...copy, content: generalFact("Typed again.") });
    for (const after of [true, false]) {
      const failed = await failure(
        inSqlTransaction(async (tx) => {
          await tx.query(insert, [title]);
          await clear(tx, pg.factId);
          await clear(tx, "not-a-uuid");
          if (after) await tx.query(insert, [title]);
        }),
      );
      expect(failed).toMatchObject({ message: expect.stringContaining("invalid input syntax for type uuid") });
      expect(await getDb().source.count({ where: { title } })).toBe(0);
      expect(await getDb().workingDraft.count({ where: { factId: pg.factId } })).toBe(1);
    }
  });
});
