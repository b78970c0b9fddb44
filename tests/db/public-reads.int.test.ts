import {
  createFact,
  deleteFact,
  getDb,
  getPublicCountry,
  getPublicFact,
  getRelationPage,
  getSiteStats,
  listPublicChanges,
  listPublicRelations,
  listSitemapEntries,
  locateVersion,
  reviseFact,
  unpublishFact,
  WORLD_COUNTRIES,
} from "@dyad/db";
import { describe, expect, it } from "vitest";
import { createRelation, createUser, generalFact } from "../setup/factories";
import { instantBetween, publishEdit, publishedFact } from "../setup/public-helpers";

describe("public reads of the publication log", () => {
  it("gives a relation's versions, so an instant resolves to the page as published then", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const fact = await publishedFact(relation.id, generalFact("Version one."), actor);
    const between = await instantBetween();
    await publishEdit({ factId: fact.factId, revisionId: fact.revision.id }, generalFact("Version two."), actor);

    const now = await getRelationPage({ slug: relation.slug });
    expect(now.versions).toHaveLength(2);
    expect(now.lastPublishedAt).toBe(now.versions[1]);
    const position = locateVersion(now.versions, new Date(between));
    expect(position).toEqual({ current: now.versions[0], previous: null, next: now.versions[1] });
    // A version instant, rounded up to the millisecond, includes its own publication.
    const then = await getRelationPage({ slug: relation.slug, asOf: position.current ?? undefined });
    expect(then.facts.map((f) => f.statement)).toEqual(["Version one."]);
    expect(then.lastPublishedAt).toBe(now.versions[0]);
    const next = await getRelationPage({ slug: relation.slug, asOf: position.next ?? undefined });
    expect(next.facts.map((f) => f.statement)).toEqual(["Version two."]);
  });

  it("gives a fact's public history without any revision that was never published", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const fact = await publishedFact(relation.id, generalFact("Public one."), actor);
    const draft = await reviseFact({
      factId: fact.factId,
      expectedRevisionId: fact.revision.id,
      content: generalFact("Never public."),
      note: "n",
      actor,
    });
    await publishEdit({ factId: fact.factId, revisionId: draft.revision.id }, generalFact("Public three."), actor);
    await unpublishFact({ factId: fact.factId, actor });

    const view = await getPublicFact({ factId: fact.factId });
    expect(view.revisions.map((r) => [r.number, r.statement])).toEqual([
      [1, "Public one."],
      [3, "Public three."],
    ]);
    expect(view.current).toBeNull();
    expect(view.publications.map((p) => p.revisionId === null)).toEqual([false, false, true]);
    expect(JSON.stringify(view)).not.toContain("Never public.");

    const onlyDraft = await createFact({ relationId: relation.id, content: generalFact("Draft."), note: "n", actor });
    await expect(getPublicFact({ factId: onlyDraft.factId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicFact({ factId: "not-a-uuid" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("lists a relation's changes newest first, as published, updated or withdrawn", async () => {
    const relation = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const fact = await publishedFact(relation.id, generalFact("Change one."), actor);
    await publishEdit({ factId: fact.factId, revisionId: fact.revision.id }, generalFact("Change two."), actor);
    await deleteFact({ factId: fact.factId, actor });
    const { relation: named, groups } = await listPublicChanges({ relationSlug: relation.slug });
    // Single publishes: one entry each.
    const entries = groups.flatMap((g) => g.changes);
    expect(entries).toHaveLength(groups.length);
    expect(named?.slug).toBe(relation.slug);
    expect(entries.map((e) => [e.type, e.revision?.statement ?? null, e.previous?.statement ?? null])).toEqual([
      ["withdrawn", null, "Change two."],
      ["updated", "Change two.", "Change one."],
      ["published", "Change one.", null],
    ]);
    await expect(listPublicChanges({ relationSlug: "atlantis-utopia" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts and lists only relations with published facts", async () => {
    const published = await createRelation();
    const draftOnly = await createRelation();
    const { actor } = await createUser("REVIEWER");
    const started = new Date(Date.now() - 60_000);
    const before = await getSiteStats();
    await publishedFact(published.id, generalFact("Counted."), actor);
    await createFact({ relationId: draftOnly.id, content: generalFact("Not counted."), note: "n", actor });
    const after = await getSiteStats();
    // Other tests publish and withdraw (unpublish, delete, takedown, revert) at the same time:
    // the counts grow by at least ours, less what was withdrawn meanwhile (counted generously, from
    // a minute before, since a withdrawal's instant is taken when its transaction starts).
    const withdrawn = await getDb().publication.count({ where: { revisionId: null, at: { gte: started } } });
    expect(after.facts).toBeGreaterThanOrEqual(before.facts + 1 - withdrawn);
    expect(after.relations).toBeGreaterThanOrEqual(before.relations + 1 - withdrawn);

    const country = await getPublicCountry({ slug: (await countryOf(published.countryAId)).slug });
    expect(country.relations.map((r) => r.slug)).toContain(published.slug);
    const draftCountry = await getPublicCountry({ slug: (await countryOf(draftOnly.countryAId)).slug });
    expect(draftCountry.relations.map((r) => r.slug)).not.toContain(draftOnly.slug);

    const largest = await listPublicRelations({ order: "size", limit: 5 });
    expect(largest[0]?.publishedFacts).toBeGreaterThanOrEqual(largest.at(-1)?.publishedFacts ?? 0);
    const sitemap = await listSitemapEntries();
    expect(sitemap.relations.map((r) => r.slug)).toContain(published.slug);
    expect(sitemap.relations.map((r) => r.slug)).not.toContain(draftOnly.slug);
  });
});

async function countryOf(code: string) {
  const country = WORLD_COUNTRIES.find((c) => c.code === code);
  if (!country) throw new Error(`no country ${code}`);
  return country;
}
