import {
  AppError,
  createRelease,
  deleteFact,
  diffApiRevisions,
  factChanges,
  getApiFact,
  getApiRelation,
  getApiSource,
  getDb,
  getPublicFact,
  getPublicRelation,
  getPublicSource,
  getRelease,
  listApiChanges,
  listApiFacts,
  listAuditEvents,
  listFactRedactions,
  listPublicChanges,
  listReleaseChanges,
  listSitemapEntries,
  publishFact,
  recordBatches,
  redactFact,
  releasePairs,
  restoreRevision,
  reviseFact,
  searchPublic,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { publishedFact, relationScenario } from "../setup/api-factories";
import { createUser, generalFact, unique } from "../setup/factories";

const REASON = "Court order 2026/117 (defamation claim)";

/** A fact published in two versions, each with a word found nowhere else, plus a neighbour. */
async function takedownScenario() {
  const scenario = await relationScenario();
  const secret = `zqx${unique()}`;
  const fact = await publishedFact(scenario, `The envoy ${secret} said something actionable.`);
  const v2 = await reviseFact({
    factId: fact.factId,
    expectedRevisionId: fact.revision.id,
    content: generalFact(`The envoy ${secret} said it again, in other words.`),
    note: `Reworded ${secret}`,
    actor: scenario.editor,
  });
  await publishFact({ factId: fact.factId, actor: scenario.reviewer });
  const neighbour = await publishedFact(scenario, `A harmless neighbour ${unique()}.`);
  const admin = await createUser("ADMIN");
  const sourceId = (
    await getDb().revisionSource.findFirstOrThrow({ where: { revisionId: v2.revision.id }, select: { sourceId: true } })
  ).sourceId;
  return { ...scenario, secret, fact, v2, neighbour, admin: admin.actor, sourceId };
}

const code = async (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );

/** Every page of a release's changelog. */
async function allReleaseChanges(name: string) {
  const rows = [];
  let cursor: string | undefined;
  do {
    const page = await listReleaseChanges({ name, cursor, limit: 1000 });
    rows.push(...page.data);
    cursor = page.meta.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

describe("takedown: an admin withdraws a fact's text from public view (issue 20.9)", () => {
  it("no public read serves the text afterwards, for now or the past, and each says who withdrew it, when and why", async () => {
    const s = await takedownScenario();
    const before = new Date().toISOString();
    const release = await createRelease({ name: `takedown-${unique()}`, notes: "", actor: s.reviewer });
    expect(release.redactions).toEqual([]);

    const result = await redactFact({ factId: s.fact.factId, reason: REASON, actor: s.admin });
    expect(result).toEqual({ factId: s.fact.factId, revisions: 2 });
    const hidden = (value: unknown) =>
      expect(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(s.secret);

    // The relation page, now and as of before the takedown; the neighbour stays.
    for (const asOf of [undefined, new Date(before)]) {
      const page = await getPublicRelation({ slug: s.relation.slug, asOf });
      hidden(page);
      expect(page.facts.map((f) => f.factId)).toEqual([s.neighbour.factId]);
    }

    // The fact page: no version's text, and the takedown in its history.
    const fact = await getPublicFact({ factId: s.fact.factId });
    hidden(fact);
    expect(fact.current).toBeNull();
    expect(fact.revisions).toEqual([]);
    expect(fact.redactions).toEqual([
      expect.objectContaining({ number: 1, actorName: s.admin.name, reason: REASON }),
      expect.objectContaining({ number: 2, actorName: s.admin.name, reason: REASON }),
    ]);
    expect(factChanges(fact).map((c) => c.type)).toEqual(["redacted", "redacted", "withdrawn"]);

    // Feeds and the relation history, search, the source page, the sitemap.
    const changes = await listPublicChanges({ relationSlug: s.relation.slug });
    hidden(changes);
    expect(
      changes.groups
        .flatMap((g) => g.changes)
        .filter((e) => e.factId === s.fact.factId)
        .map((e) => e.type),
    ).toEqual(["withdrawn", "redacted", "redacted"]);
    expect((await searchPublic({ q: s.secret })).facts).toEqual([]);
    expect(await code(getPublicSource({ sourceId: s.sourceId }))).toBe("NOT_FOUND");
    expect((await listSitemapEntries()).facts.map((f) => f.id)).not.toContain(s.fact.factId);

    // API reads: the list now and in the past, the fact's own history, sources, diffs, changes.
    for (const asOf of [undefined, before]) {
      const list = await listApiFacts({ slug: s.relation.slug, asOf });
      hidden(list);
      expect(list.data.map((f) => f.factId)).toEqual([s.neighbour.factId]);
    }
    const relationThen = await getApiRelation({ slug: s.relation.slug, asOf: before });
    expect([relationThen.data.factCount, relationThen.data.kinds]).toEqual([1, { GENERAL: 1 }]);
    const past = await getApiFact({ factId: s.fact.factId, asOf: before });
    hidden(past);
    expect(past.data.status).toBe("redacted");
    expect(past.data.current).toBeNull();
    expect(past.data.revisions).toEqual([]);
    expect(past.data.history.map((h) => [h.revision, h.redacted?.reason])).toEqual([
      [1, REASON],
      [2, REASON],
    ]);
    expect((await getApiFact({ factId: s.fact.factId })).data.status).toBe("withdrawn");
    expect(await code(getApiSource({ sourceId: s.sourceId, asOf: before }))).toBe("NOT_FOUND");
    expect(await code(diffApiRevisions({ factId: s.fact.factId, from: "1", to: "2", asOf: before }))).toBe("NOT_FOUND");
    const feed = await listApiChanges({ since: new Date(Date.parse(before) - 60_000).toISOString(), limit: 1000 });
    hidden(feed);
    const events = feed.data.filter((e) => e.factId === s.fact.factId);
    expect(events.map((e) => [e.type, e.fact, e.redacted?.reason ?? null])).toEqual([
      ["published", null, REASON],
      ["published", null, REASON],
      ["withdrawn", null, null],
    ]);

    // The release cut before keeps its hash and lists the entry; its changelog hides the text.
    const old = await getRelease({ name: release.name });
    expect(old.contentHash).toBe(release.contentHash);
    expect(old.redactions).toEqual([
      { factId: s.fact.factId, revisionId: s.v2.revision.id, at: expect.any(String), reason: REASON },
    ]);
    const changelog = (await allReleaseChanges(release.name)).filter((c) => c.factId === s.fact.factId);
    hidden(changelog);
    expect(changelog.map((c) => c.statement)).toEqual(["(text withdrawn from public view)"]);

    // A release cut afterwards does not hold the fact at all.
    const later = await createRelease({ name: `takedown-${unique()}`, notes: "", actor: s.reviewer });
    const laterFacts: string[] = [];
    for await (const batch of recordBatches(releasePairs((await getRelease({ name: later.name })).id))) {
      laterFacts.push(...batch.map((l) => l.record.factId));
    }
    expect(laterFacts).toContain(s.neighbour.factId);
    expect(laterFacts).not.toContain(s.fact.factId);
    expect((await getRelease({ name: later.name })).redactions).toEqual([]);

    // The audit log and the editor know it happened, by whom and why; the log holds no text.
    const [event] = await listAuditEvents({ factId: s.fact.factId, type: "fact.redacted" });
    expect(event?.actorId).toBe(s.admin.id);
    expect(event?.payload).toEqual({
      revisionIds: expect.arrayContaining([s.fact.revision.id, s.v2.revision.id]),
      reason: REASON,
      wasPublished: true,
    });
    hidden(event);
    expect((await listFactRedactions({ factId: s.fact.factId })).map((r) => r.number)).toEqual([1, 2]);
  });

  it("refuses non-admins, bad reasons and unknown facts, and then nothing changes", async () => {
    const s = await takedownScenario();
    const attempt = (actor: typeof s.admin, reason: unknown, factId: string = s.fact.factId) =>
      code(redactFact({ factId, reason: reason as string, actor }));
    expect(await attempt(s.reviewer, REASON)).toBe("FORBIDDEN");
    expect(await attempt(s.editor, REASON)).toBe("FORBIDDEN");
    expect(await attempt(s.admin, "   ")).toBe("INVALID");
    expect(await attempt(s.admin, "x".repeat(501))).toBe("INVALID");
    expect(await attempt(s.admin, 42)).toBe("INVALID");
    expect(await attempt(s.admin, REASON, "not-a-uuid")).toBe("INVALID");
    expect(await attempt(s.admin, REASON, "00000000-0000-4000-8000-000000000000")).toBe("NOT_FOUND");

    expect(await listFactRedactions({ factId: s.fact.factId })).toEqual([]);
    const fact = await getPublicFact({ factId: s.fact.factId });
    expect(fact.current?.statement).toContain(s.secret);
    expect(await listAuditEvents({ factId: s.fact.factId, type: "fact.redacted" })).toEqual([]);

    // A second takedown of the same text is a conflict, not a second history entry.
    await redactFact({ factId: s.fact.factId, reason: REASON, actor: s.admin });
    expect(await attempt(s.admin, "Again")).toBe("CONFLICT");
    expect(await listFactRedactions({ factId: s.fact.factId })).toHaveLength(2);
  });

  it("cannot be undone by publishing or restoring the withdrawn text; a new revision can go public", async () => {
    const s = await takedownScenario();
    await redactFact({ factId: s.fact.factId, reason: REASON, actor: s.admin });

    expect(await code(publishFact({ factId: s.fact.factId, actor: s.reviewer }))).toBe("CONFLICT");
    expect(await code(publishFact({ factId: s.fact.factId, revisionId: s.fact.revision.id, actor: s.admin }))).toBe(
      "CONFLICT",
    );
    expect(
      await code(
        restoreRevision({
          factId: s.fact.factId,
          revisionId: s.fact.revision.id,
          expectedRevisionId: s.v2.revision.id,
          note: "Bring it back",
          actor: s.admin,
        }),
      ),
    ).toBe("CONFLICT");
    const db = getDb();
    await expect(db.$executeRaw`DELETE FROM redaction WHERE fact_id = ${s.fact.factId}::uuid`).rejects.toThrow();
    await expect(
      db.$executeRaw`UPDATE redaction SET reason = 'lifted' WHERE fact_id = ${s.fact.factId}::uuid`,
    ).rejects.toThrow();
    expect(await listFactRedactions({ factId: s.fact.factId })).toHaveLength(2);

    // The editors write a corrected version: it is public, the takedown stays in the history.
    const v3 = await reviseFact({
      factId: s.fact.factId,
      expectedRevisionId: s.v2.revision.id,
      content: generalFact("The envoy made a statement (reworded after a takedown)."),
      note: "Corrected after the takedown",
      actor: s.editor,
    });
    await publishFact({ factId: s.fact.factId, actor: s.reviewer });
    const fact = await getPublicFact({ factId: s.fact.factId });
    expect(JSON.stringify(fact)).not.toContain(s.secret);
    expect(fact.current?.revisionId).toBe(v3.revision.id);
    expect(factChanges(fact).map((c) => c.type)).toEqual(["redacted", "redacted", "withdrawn", "published"]);
    expect(fact.redactions.map((r) => r.number)).toEqual([1, 2]);
  });

  it("redacts a deleted fact's history, which stays public", async () => {
    const s = await takedownScenario();
    await deleteFact({ factId: s.fact.factId, actor: s.reviewer });
    await redactFact({ factId: s.fact.factId, reason: REASON, actor: s.admin });
    const fact = await getPublicFact({ factId: s.fact.factId });
    expect(JSON.stringify(fact)).not.toContain(s.secret);
    expect(fact.redactions).toHaveLength(2);
  });
});
