import { acceptImportProposals, getDb, listFactRevisions, previewImport } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { articleForFreshPair } from "../setup/editor-factories";
import { createUser } from "../setup/factories";

const DIPLOMATIC = "history/diplomatic-relations/established";

describe("importing an article from the editor", () => {
  it("previews paragraphs and proposed facts without writing anything", async () => {
    const { relation, text } = await articleForFreshPair();
    const { actor } = await createUser("EDITOR");
    const preview = await previewImport({ text, actor });
    expect(preview.relationSlug).toBe(relation.slug);
    expect(preview.blocks.map((b) => b.heading)).toEqual(["Introduction", "History"]);
    const diplomatic = preview.proposals.find((p) => p.importKey === DIPLOMATIC);
    expect(diplomatic).toMatchObject({ blockIndex: 1, status: "new", content: { kind: "DIPLOMATIC_RELATIONS" } });
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);
  });

  it("accepts chosen proposals as drafts, keeping the editor's adjustments through a re-import", async () => {
    const { relation, text } = await articleForFreshPair();
    const { actor } = await createUser("EDITOR");
    const preview = await previewImport({ text, actor });
    const diplomatic = preview.proposals.find((p) => p.importKey === DIPLOMATIC);
    if (!diplomatic) throw new Error("the analyzer proposed no diplomatic-relations fact");
    const adjusted = { ...diplomatic.content, statement: "Diplomatic relations were established in August 1992." };

    const result = await acceptImportProposals({
      text,
      proposals: [{ importKey: DIPLOMATIC, content: adjusted }],
      actor,
    });
    expect(result.outcomes).toEqual({ [DIPLOMATIC]: "created" });
    expect(result.adjusted).toBe(1);
    const facts = await getDb().fact.findMany({ where: { relationId: relation.id } });
    expect(facts).toHaveLength(1);
    const fact = facts[0] as (typeof facts)[number];
    expect(fact.reviewState).toBe("DRAFT");
    const history = await listFactRevisions({ factId: fact.id });
    expect(history.map((r) => [r.statement, r.note])).toEqual([
      [diplomatic.content.statement, `Imported from "${preview.title}"`],
      ["Diplomatic relations were established in August 1992.", "Adjusted on import"],
    ]);
    expect(history[1]?.sources.map((s) => s.locator)).toEqual(["History"]);

    // The importer now sees the fact as already imported, and the other proposal as still new.
    const again = await previewImport({ text, actor });
    const status = Object.fromEntries(again.proposals.map((p) => [p.importKey, p.status]));
    expect(status[DIPLOMATIC]).toBe("unchanged");
    expect(Object.values(status).filter((s) => s === "new").length).toBe(again.proposals.length - 1);
  });

  it("revises an untouched imported fact when the article changes, and flags one edited by hand", async () => {
    const { relation, text } = await articleForFreshPair();
    const { actor } = await createUser("EDITOR");
    const first = await previewImport({ text, actor });
    const intro = first.proposals.find((p) => p.blockIndex === 0);
    if (!intro) throw new Error("no proposal for the introduction");
    await acceptImportProposals({
      text,
      proposals: [
        { importKey: intro.importKey },
        {
          importKey: DIPLOMATIC,
          content: { ...first.proposals.find((p) => p.importKey === DIPLOMATIC)?.content, statement: "Edited." },
        },
      ],
      actor,
    });
    const changed = text
      .replace(
        "are the bilateral relations between the two countries.",
        "are friendly relations between the two countries.",
      )
      .replace("August 10, 1992", "August 11, 1992");
    const preview = await previewImport({ text: changed, actor });
    const status = Object.fromEntries(preview.proposals.map((p) => [p.importKey, p.status]));
    expect(status[DIPLOMATIC]).toBe("edited");
    // Before and after: the hand-edited draft against what the article now says, word by word.
    const diplomatic = preview.proposals.find((p) => p.importKey === DIPLOMATIC);
    const statement = diplomatic?.changes?.find((c) => c.path.join(".") === "statement");
    expect(
      statement?.words
        ?.filter((w) => w.removed)
        .map((w) => w.value)
        .join(""),
    ).toMatch(/Edited/);
    expect(
      statement?.words
        ?.filter((w) => w.added)
        .map((w) => w.value)
        .join(""),
    ).toMatch(/August 11, 1992/);
    expect(preview.proposals.filter((p) => p.status === "unchanged").every((p) => p.changes === null)).toBe(true);

    const changedIntro = preview.proposals.find((p) => p.blockIndex === 0);
    const result = await acceptImportProposals({
      text: changed,
      proposals: [{ importKey: changedIntro?.importKey ?? "" }, { importKey: DIPLOMATIC }],
      actor,
    });
    expect(result.outcomes[DIPLOMATIC]).toBe("flagged");
    const flags = await getDb().factFlag.findMany({
      where: { fact: { relationId: relation.id }, rule: "IMPORT_CONFLICT" },
    });
    expect(flags).toHaveLength(1);
    expect((flags[0]?.payload as { proposed?: { statement: string } } | undefined)?.proposed?.statement).toMatch(
      /August 11, 1992/,
    );
    if (changedIntro?.importKey === intro.importKey) expect(result.outcomes[intro.importKey]).toBe("revised");
  });

  it("refuses what is not an article or not a proposal of it, writing nothing", async () => {
    const { relation, text } = await articleForFreshPair();
    const { actor } = await createUser("EDITOR");
    await expect(previewImport({ text: "", actor })).rejects.toMatchObject({ code: "INVALID" });
    await expect(previewImport({ text: "Just some words.", actor })).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      acceptImportProposals({ text, proposals: [{ importKey: "made/up/key" }], actor }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      acceptImportProposals({
        text,
        proposals: [{ importKey: DIPLOMATIC, content: { statement: "", section: "background", data: {} } }],
        actor,
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await getDb().fact.count({ where: { relationId: relation.id } })).toBe(0);
  });

  it("needs a signed-in role", async () => {
    const { text } = await articleForFreshPair();
    const nobody = { id: null, name: "Nobody", role: "VIEWER" as never };
    await expect(previewImport({ text, actor: nobody })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      acceptImportProposals({ text, proposals: [{ importKey: DIPLOMATIC }], actor: nobody }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
