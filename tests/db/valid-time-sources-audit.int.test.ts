import {
  createFact,
  deleteFact,
  getDb,
  getFact,
  listAuditEvents,
  listFactsValidDuring,
  listSourceFacts,
  publishFact,
  reviseFact,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact, unique } from "../setup/factories";

describe("which facts held during a period (question 4)", () => {
  it("matches periods by overlap at each date's precision, with open ends", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const facts = {
      day: { start: "2008-06-15" },
      month: { start: "2006-11" },
      range: { start: "2007", end: "2015" },
      monthRange: { start: "2013-01", end: "2013-03" },
      open: { start: "2016-03-04", end: null },
      undated: { start: null, end: null },
    };
    for (const [name, validTime] of Object.entries(facts)) {
      const { factId } = await createFact({
        relationId: relation.id,
        content: generalFact(name, { validTime }),
        note: "n",
        actor,
      });
      await publishFact({ factId, actor });
    }
    const during = async (from: string, to: string) =>
      (await listFactsValidDuring({ relationId: relation.id, from, to })).map((f) => f.statement).sort();

    expect(await during("2008", "2008")).toEqual(["day", "range"]);
    expect(await during("2006-11-30", "2006-12")).toEqual(["month"]);
    expect(await during("2006-12", "2006-12")).toEqual([]);
    expect(await during("2013-03-31", "2013-04")).toEqual(["monthRange", "range"]);
    expect(await during("2030", "2031")).toEqual(["open"]);
    await expect(listFactsValidDuring({ from: "2013-13", to: "2014" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("reads the published version by default and the drafts on request", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("moved", { validTime: { start: "1999" } }),
      note: "n",
      actor,
    });
    await publishFact({ factId, actor });
    await reviseFact({
      factId,
      expectedRevisionId: revision.id,
      content: generalFact("moved", { validTime: { start: "2020" } }),
      note: "date fixed",
      actor,
    });
    expect(await listFactsValidDuring({ relationId: relation.id, from: "1999", to: "1999" })).toHaveLength(1);
    expect(
      await listFactsValidDuring({ relationId: relation.id, from: "1999", to: "1999", view: "draft" }),
    ).toHaveLength(0);
    expect(
      await listFactsValidDuring({ relationId: relation.id, from: "2020", to: "2020", view: "draft" }),
    ).toHaveLength(1);
  });
});

describe("sources (question 5)", () => {
  it("lists each fact's sources in order and each source's facts, versioned with the revision", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const url = `https://gov.example/${unique()}`;
    const content = generalFact("Cited twice.", {
      sources: [
        {
          source: { url, title: "Treaty text", publisher: "Ministry", kind: "GOVERNMENT", publishedOn: "2004-09-07" },
          locator: "Article 2",
        },
        { source: { url: `https://news.example/${unique()}`, title: "Report", kind: "NEWS" } },
      ],
    });
    const { factId, revision } = await createFact({ relationId: relation.id, content, note: "n", actor });
    await publishFact({ factId, actor });
    const fact = await getFact({ factId });
    expect(fact.published?.sources.map((s) => [s.title, s.publisher, s.kind, s.locator])).toEqual([
      ["Treaty text", "Ministry", "GOVERNMENT", "Article 2"],
      ["Report", null, "NEWS", null],
    ]);
    const treaty = fact.published?.sources[0];
    expect((await listSourceFacts({ sourceId: treaty?.id ?? "" })).map((f) => f.id)).toEqual([factId]);

    // A second fact citing the same URL reuses the source.
    const other = await createFact({
      relationId: relation.id,
      content: generalFact("Also cites it.", { sources: [{ source: { url, title: "Treaty text" } }] }),
      note: "n",
      actor,
    });
    await publishFact({ factId: other.factId, actor });
    expect((await listSourceFacts({ sourceId: treaty?.id ?? "" })).map((f) => f.id).sort()).toEqual(
      [factId, other.factId].sort(),
    );

    // Dropping a citation in a new revision keeps it on the old one.
    await reviseFact({
      factId,
      expectedRevisionId: revision.id,
      content: { ...content, sources: content.sources.slice(1) },
      note: "drop",
      actor,
    });
    await publishFact({ factId, actor });
    expect((await listSourceFacts({ sourceId: treaty?.id ?? "" })).map((f) => f.id)).toEqual([other.factId]);
    const old = await getDb().revisionSource.count({ where: { revisionId: revision.id } });
    expect(old).toBe(2);
  });
});

describe("who did what (question 6)", () => {
  it("records a typed event for each change, with the actor, in order", async () => {
    const relation = await createRelation();
    const { actor: editor } = await createUser("EDITOR");
    const { actor: reviewer } = await createUser("REVIEWER");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("Audited."),
      note: "n",
      actor: editor,
    });
    await reviseFact({
      factId,
      expectedRevisionId: revision.id,
      content: generalFact("Audited again."),
      note: "n",
      actor: editor,
    });
    await publishFact({ factId, actor: reviewer });
    await deleteFact({ factId, actor: reviewer });
    const events = (await listAuditEvents({ factId })).reverse();
    expect(events.map((e) => [e.type, e.actorName])).toEqual([
      ["fact.created", editor.name],
      ["fact.revised", editor.name],
      ["fact.published", reviewer.name],
      ["fact.deleted", reviewer.name],
    ]);
    expect(events[1]?.payload).toMatchObject({ parentId: revision.id, number: 2 });
  });

  it("writes no event, revision or publication when a change fails", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("EDITOR");
    const { factId, revision } = await createFact({
      relationId: relation.id,
      content: generalFact("Base."),
      note: "n",
      actor,
    });
    await reviseFact({ factId, expectedRevisionId: revision.id, content: generalFact("Next."), note: "n", actor });
    const count = async () => [
      await getDb().auditEvent.count({ where: { factId } }),
      await getDb().factRevision.count({ where: { factId } }),
    ];
    const before = await count();
    await expect(
      reviseFact({ factId, expectedRevisionId: revision.id, content: generalFact("Stale."), note: "n", actor }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(publishFact({ factId, actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await count()).toEqual(before);
  });
});
