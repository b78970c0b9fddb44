import { ZApiChangesPage, ZApiFactPage } from "@dyad/api-contract";
import { deleteFact, publishFact, reviseFact, unpublishFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { type ApiClient, apiClient } from "../setup/api-client";
import { publishedFact, relationScenario } from "../setup/api-factories";
import { generalFact } from "../setup/factories";

const api = apiClient();

/** A consumer's mirror: follow the feed from `start` to the end, applying each event in order. */
async function replay(
  client: ApiClient,
  start: string,
  mirror = new Map<string, { revisionId: string; relation: string }>(),
) {
  let next = start;
  for (;;) {
    const page = ZApiChangesPage.parse(await client.json(next));
    for (const event of page.data) {
      if (event.fact) mirror.set(event.factId, { revisionId: event.fact.revisionId, relation: event.relation });
      else mirror.delete(event.factId);
    }
    if (!page.meta.hasMore) return { mirror, asOf: page.meta.asOf ?? "", cursor: page.meta.nextCursor };
    next = page.links.next;
  }
}

const ofRelation = (mirror: Map<string, { revisionId: string; relation: string }>, slug: string) =>
  [...mirror].flatMap(([factId, v]) => (v.relation === slug ? [[factId, v.revisionId] as const] : [])).sort();

async function publicFacts(slug: string, asOf?: string) {
  const page = ZApiFactPage.parse(await api.json(`/api/v1/relations/${slug}/facts${asOf ? `?asOf=${asOf}` : ""}`));
  return page.data.map((f) => [f.factId, f.revisionId] as const).sort();
}

describe("changes feed", () => {
  it("replayed from the start, reproduces the public state exactly", async () => {
    const scenario = await relationScenario();
    const kept = await publishedFact(scenario, "Kept.");
    const revised = await publishedFact(scenario, "First wording.");
    const withdrawn = await publishedFact(scenario, "Withdrawn later.");
    const deleted = await publishedFact(scenario, "Deleted later.");
    await reviseFact({
      factId: revised.factId,
      expectedRevisionId: revised.revision.id,
      content: generalFact("Second wording."),
      note: "edit",
      actor: scenario.editor,
    });
    await publishFact({ factId: revised.factId, actor: scenario.reviewer });
    await unpublishFact({ factId: withdrawn.factId, actor: scenario.reviewer });
    await deleteFact({ factId: deleted.factId, actor: scenario.reviewer });

    const { mirror, asOf } = await replay(api, "/api/v1/changes?limit=100");
    const slug = scenario.relation.slug;
    // Exactly the public state at the instant the feed says it is complete up to...
    expect(ofRelation(mirror, slug)).toEqual(await publicFacts(slug, asOf));
    // ...which, nothing having changed in this relation since, is also the current state.
    expect(ofRelation(mirror, slug)).toEqual(await publicFacts(slug));
    expect(ofRelation(mirror, slug).map(([id]) => id)).toEqual([kept.factId, revised.factId].sort());
  });

  it("lets a mirror catch up from where it stopped", async () => {
    const scenario = await relationScenario();
    const first = await publishedFact(scenario, "Before the mirror stopped.");
    const { mirror, cursor } = await replay(api, "/api/v1/changes?limit=1000");
    const later = await publishedFact(scenario, "After the mirror stopped.");
    await unpublishFact({ factId: first.factId, actor: scenario.reviewer });
    const caughtUp = await replay(api, `/api/v1/changes?cursor=${cursor}`, mirror);
    expect(ofRelation(caughtUp.mirror, scenario.relation.slug)).toEqual([[later.factId, later.revision.id]]);
    expect(ofRelation(caughtUp.mirror, scenario.relation.slug)).toEqual(
      await publicFacts(scenario.relation.slug, caughtUp.asOf),
    );
  });

  it("replayed up to asOf, gives exactly the public state at that instant", async () => {
    const scenario = await relationScenario();
    const slug = scenario.relation.slug;
    const before = await publishedFact(scenario, "Public at the instant.");
    const instant = ZApiFactPage.parse(await api.json(`/api/v1/relations/${slug}/facts`)).meta.asOf;
    await publishedFact(scenario, "Published after the instant.");
    await unpublishFact({ factId: before.factId, actor: scenario.reviewer });
    const { mirror, asOf } = await replay(api, `/api/v1/changes?asOf=${instant}&limit=1000`);
    expect(asOf).toBe(instant);
    expect(ofRelation(mirror, slug)).toEqual([[before.factId, before.revision.id]]);
    expect(ofRelation(mirror, slug)).toEqual(await publicFacts(slug, instant));
  });

  it("serves events in order with their content, full pages as immutable", async () => {
    const scenario = await relationScenario();
    const fact = await publishedFact(scenario, "An event with content.");
    await unpublishFact({ factId: fact.factId, actor: scenario.reviewer });
    const since = new Date(Date.now() - 60_000).toISOString();
    const full = await api.fetch(`/api/v1/changes?since=${since}&limit=1`);
    expect(full.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(full.headers.get("link")).toMatch(/rel="next"/);

    const events = [];
    let next: string | null = `/api/v1/changes?since=${since}&limit=50`;
    while (next) {
      const page = ZApiChangesPage.parse(await api.json(next));
      events.push(...page.data);
      next = page.meta.hasMore ? page.links.next : null;
    }
    const mine = events.filter((e) => e.factId === fact.factId);
    expect(mine.map((e) => e.type)).toEqual(["published", "withdrawn"]);
    expect(mine[0]?.fact).toMatchObject({ statement: "An event with content.", relation: scenario.relation.slug });
    const positions = events.map((e) => `${e.at}/${e.id.padStart(19, "0")}`);
    expect(positions).toEqual([...positions].sort());
  });

  it("offers the latest changes as Atom", async () => {
    const scenario = await relationScenario();
    const fact = await publishedFact(scenario, "Announced in the Atom feed & elsewhere.");
    const response = await api.fetch("/api/v1/changes.atom");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain("Published: Announced in the Atom feed &amp; elsewhere.");
    expect(xml).toContain(`/api/v1/facts/${fact.factId}?asOf=`);
  });
});
