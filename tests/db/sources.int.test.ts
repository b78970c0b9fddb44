import {
  acceptImportProposals,
  approveFact,
  createFact,
  getDb,
  getPublicRelation,
  getPublicSource,
  importArticle,
  previewImport,
  reviseFact,
  SYSTEM_ACTOR,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { articleForFreshPair } from "../setup/editor-factories";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";

describe("sources a reader can follow", () => {
  it("records the seed article as a source with its origin, listing every public claim that cites it", async () => {
    const { facts } = await getPublicRelation({ slug: "azerbaijan-canada" });
    const article = facts[0]?.sources[0];
    expect(article).toMatchObject({
      title: "Azerbaijan–Canada relations",
      kind: "ARTICLE",
      url: "https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Canada_relations",
      publisher: "Wikipedia",
    });
    const { source, claims } = await getPublicSource({ sourceId: article?.id as string });
    expect(source.followable).toBe(true);
    const seeded = claims.filter((c) => c.relation.slug === "azerbaijan-canada");
    expect(seeded.map((c) => c.factId).sort()).toEqual(facts.map((f) => f.factId).sort());
  });

  it("makes the article a followable source when an editor accepts proposals with its origin", async () => {
    const { relation, text } = await articleForFreshPair();
    const { actor } = await createUser("EDITOR");
    const preview = await previewImport({ text, actor });
    const proposals = preview.proposals.slice(0, 2).map((p) => ({ importKey: p.importKey }));
    await expect(
      acceptImportProposals({ text, proposals, actor, origin: { url: "javascript:alert(1)" } }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);
    const url = `https://example.org/wiki/accepted-${relation.slug}`;
    await acceptImportProposals({ text, proposals, actor, origin: { url, retrievedOn: "2026-12-01" } });
    const facts = await getDb().fact.findMany({
      where: { relationId: relation.id },
      select: { currentRevision: { select: { sources: { select: { source: { select: { url: true } } } } } } },
    });
    expect(facts).toHaveLength(2);
    for (const fact of facts) {
      expect(fact.currentRevision?.sources.map((c) => c.source.url)).toContain(url);
    }
  });

  it("keeps the origin's retrieval date, and refuses an origin that is no web address", async () => {
    const { relation, text } = await articleForFreshPair();
    const url = `https://example.org/wiki/${relation.slug}`;
    await importArticle({ text, actor: SYSTEM_ACTOR, origin: { url, retrievedOn: "2026-11-30" } });
    const source = await getDb().source.findUniqueOrThrow({ where: { url } });
    expect(source).toMatchObject({ kind: "ARTICLE", publisher: "example.org" });
    expect(source.accessedOn?.toISOString().slice(0, 10)).toBe("2026-11-30");
    await expect(
      importArticle({ text, actor: SYSTEM_ACTOR, origin: { url: "javascript:alert(1)" } }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("lets a reviewer publish a fact citing nothing followable only with a reason, audited", async () => {
    const relation = await createRelation();
    const { actor: reviewer } = await createUser("REVIEWER");
    const { actor: editor } = await createUser("EDITOR");
    const content = generalFact(`A claim from a printed yearbook ${unique()}.`, {
      sources: [{ source: { title: `Yearbook ${unique()}`, kind: "BOOK" } }],
    });
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content,
      note: "From print",
      actor: editor,
    });
    const approve = (reason?: string) =>
      approveFact({
        factId,
        expectedRevisionId: revision.id,
        actor: reviewer,
        overrideUnsourced: reason === undefined ? undefined : { reason },
      });
    await expect(approve()).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(approve(" ")).rejects.toMatchObject({ code: "INVALID" });
    await approve("The yearbook is only in print; library copy checked");
    const { facts } = await getPublicRelation({ slug: relation.slug });
    expect(facts.map((f) => f.factId)).toEqual([factId]);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { factId, type: "fact.published_unsourced" } });
    expect(audit.payload).toMatchObject({ reason: "The yearbook is only in print; library copy checked" });
    expect(audit.actorId).toBe(reviewer.id);
  });

  it("reads the article's notes into sources its facts cite, the same ones on every import path", async () => {
    const { relation, text } = await articleForFreshPair();
    const marker = unique();
    const article =
      text.replace("August 10, 1992.", "August 10, 1992.[1]") +
      [
        "==References==",
        `1. "Relations established ${marker}". Daily Nation. 11 August 1992. Retrieved 3 March 2020. https://nation.example/${marker}`,
        "",
      ].join("\n");
    const first = await importArticle({ text: article, actor: SYSTEM_ACTOR });
    const fact = await getDb().fact.findFirstOrThrow({
      where: { relationId: relation.id, importKey: "history/diplomatic-relations/established" },
      include: {
        currentRevision: { include: { sources: { include: { source: true }, orderBy: { position: "asc" } } } },
      },
    });
    // The marker went into the citations: readers see the sentence without it.
    expect(fact.currentRevision?.statement).toBe(
      "Diplomatic relations between the two countries were established on August 10, 1992.",
    );
    const cited = fact.currentRevision?.sources.map((c) => [c.source.kind, c.source.title, c.locator]);
    expect(cited).toEqual([
      ["ARTICLE", expect.stringContaining("relations"), "History"],
      ["WEBSITE", `Relations established ${marker}`, "note 1"],
    ]);
    const note = fact.currentRevision?.sources[1]?.source;
    expect(note).toMatchObject({ url: `https://nation.example/${marker}`, publisher: "Daily Nation" });
    expect(note?.publishedOn?.toISOString().slice(0, 10)).toBe("1992-08-11");
    expect(note?.accessedOn?.toISOString().slice(0, 10)).toBe("2020-03-03");
    // The notes are sources, not facts; a second import finds the same sources: nothing changes.
    expect(first.created.some((k) => k.includes("references"))).toBe(false);
    const again = await importArticle({ text: article, actor: SYSTEM_ACTOR });
    expect(again.unchanged).toEqual(expect.arrayContaining(first.created));
    expect(await getDb().source.count({ where: { url: `https://nation.example/${marker}` } })).toBe(1);
  });

  it("creates one source for a new source without an address saved with a revision, the one the revision cites", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact(`A claim ${unique()}.`),
      note: "First",
      actor,
    });
    const title = `Printed yearbook ${unique()}`;
    const saved = await reviseFact({
      factId,
      expectedRevisionId: revision.id,
      content: generalFact(`A claim from print ${unique()}.`, { sources: [{ source: { title, kind: "BOOK" } }] }),
      note: "From print",
      actor,
    });
    const sources = await getDb().source.findMany({ where: { title }, select: { id: true } });
    expect(sources).toHaveLength(1);
    const cited = await getDb().revisionSource.findMany({ where: { revisionId: saved.revision.id } });
    expect(cited.map((c) => c.sourceId)).toEqual([sources[0]?.id]);
  });

  it("keeps one source without an address when the same citation is saved twice in a row or by two saves at once", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const title = `Printed almanac ${unique()}`;
    const citing = (statement: string) =>
      generalFact(statement, { sources: [{ source: { title, publisher: "State press", kind: "BOOK" } }] });
    const first = await createFact({
      relationId: relation.id,
      content: generalFact(`A claim ${unique()}.`),
      note: "First",
      actor,
    });
    const statement = `A claim from the almanac ${unique()}.`;
    const saved = await reviseFact({
      factId: first.factId,
      expectedRevisionId: first.revision.id,
      content: citing(statement),
      note: "Cited",
      actor,
    });
    const again = await reviseFact({
      factId: first.factId,
      expectedRevisionId: saved.revision.id,
      content: citing(statement),
      note: "Again",
      actor,
    });
    expect(again.changed).toBe(false);

    const others = await Promise.all(
      [1, 2].map(() =>
        createFact({
          relationId: relation.id,
          content: generalFact(`Another claim ${unique()}.`),
          note: "First",
          actor,
        }),
      ),
    );
    const concurrent = await Promise.all(
      others.map((o) =>
        reviseFact({
          factId: o.factId,
          expectedRevisionId: o.revision.id,
          content: citing(`Also in the almanac ${unique()}.`),
          note: "Cited",
          actor,
        }),
      ),
    );
    const sources = await getDb().source.findMany({ where: { title }, select: { id: true } });
    expect(sources).toHaveLength(1);
    const cited = await getDb().revisionSource.findMany({
      where: { revisionId: { in: [saved.revision.id, ...concurrent.map((c) => c.revision.id)] } },
    });
    expect(new Set(cited.map((c) => c.sourceId))).toEqual(new Set([sources[0]?.id]));
  });

  it("never changes a source a published fact cites: the database refuses to edit or remove it", async () => {
    const relation = await createRelation();
    const { actor: reviewer } = await createUser("REVIEWER");
    const { actor: editor } = await createUser("EDITOR");
    const url = `https://example.org/treaty-${unique()}`;
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact(`A treaty was signed ${unique()}.`, {
        sources: [{ source: { url, title: "Treaty text" } }],
      }),
      note: "Cited",
      actor: editor,
    });
    await approveFact({ factId, expectedRevisionId: revision.id, actor: reviewer });
    const source = await getDb().source.findUniqueOrThrow({ where: { url } });

    const db = getDb();
    // Through Prisma (whose driver adapter reports the trigger's error without its text) and in SQL.
    await expect(db.source.update({ where: { id: source.id }, data: { title: "Rewritten" } })).rejects.toThrow();
    await expect(
      db.$executeRaw`UPDATE source SET url = 'https://attacker.invalid/' WHERE id = ${source.id}::uuid`,
    ).rejects.toThrow(/immutable/);
    await expect(db.$executeRaw`DELETE FROM source WHERE id = ${source.id}::uuid`).rejects.toThrow(/immutable/);
    const { source: read } = await getPublicSource({ sourceId: source.id });
    expect(read).toMatchObject({ title: "Treaty text", url });
  });

  it("answers NOT_FOUND for a source no public fact cites", async () => {
    const source = await getDb().source.create({ data: { title: `Unused ${unique()}` } });
    await expect(getPublicSource({ sourceId: source.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicSource({ sourceId: "not-a-uuid" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
