import { ZApiFactPage, ZApiRelationChanges } from "@dyad/api-contract";
import { publishFact, reviseFact, unpublishFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario } from "../setup/api-factories";
import { generalFact } from "../setup/factories";

const api = apiClient();
const web = () => apiClient();

describe("what changed in a relation between two instants: API and Atom feed", () => {
  it("answers facts added, changed with the diff, and withdrawn, and the feed lists the same", async () => {
    const scenario = await relationScenario();
    const { relation, editor, reviewer } = scenario;
    const edited = await publishedFact(scenario, "Trade grew in 2019.");
    const withdrawn = await publishedFact(scenario, "A consulate opened.");
    const since = ZApiFactPage.parse(await api.json(`/api/v1/relations/${relation.slug}/facts`)).meta.asOf;
    await reviseFact({
      factId: edited.factId,
      expectedRevisionId: edited.revision.id,
      content: generalFact("Trade fell in 2019."),
      note: "n",
      actor: editor,
    });
    await publishFact({ factId: edited.factId, actor: reviewer });
    await unpublishFact({ factId: withdrawn.factId, actor: reviewer });
    const added = await publishedFact(scenario, "A trade office opened.");

    const body = ZApiRelationChanges.parse(
      await api.json(`/api/v1/relations/${relation.slug}/changes?since=${encodeURIComponent(since)}`),
    );
    expect(body.data.added.map((f) => f.factId)).toEqual([added.factId]);
    expect(body.data.withdrawn.map((f) => f.factId)).toEqual([withdrawn.factId]);
    expect(body.data.changed.map((c) => c.after.statement)).toEqual(["Trade fell in 2019."]);
    // generalFact cites a new source each time, so the citations changed too.
    expect(body.data.changed[0]?.changes.map((c) => String(c.path[0]))).toEqual(
      expect.arrayContaining(["statement", "sources"]),
    );
    expect(body.meta.current).toBe(true);
    expect(body.links.page).toBe(`/relations/${relation.slug}/changes?since=${encodeURIComponent(since)}`);

    const feed = await web().fetch(`/relations/${relation.slug}/changes/feed.xml?since=${encodeURIComponent(since)}`);
    expect(feed.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await feed.text();
    expect(xml).toContain("<title>Added: ");
    expect(xml).toContain("A trade office opened.");
    expect(xml).toContain("Trade fell in 2019.");
    expect(xml).toContain("It read before: Trade grew in 2019.");
    expect(xml).toContain("Withdrawn from the public site. It read: A consulate opened.");
  });

  it("refuses a missing, bad, future or reversed since with a 400 problem, and an unknown relation with a 404", async () => {
    const { relation } = await relationScenario();
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    const url = `/api/v1/relations/${relation.slug}/changes`;
    expect((await expectProblem(await api.fetch(url), 400)).detail).toMatch(/^since/);
    expect((await expectProblem(await api.fetch(`${url}?since=yesterday`), 400)).detail).toMatch(/^since/);
    expect((await expectProblem(await api.fetch(`${url}?since=${nextYear}`), 400)).detail).toMatch(/future/);
    expect((await expectProblem(await api.fetch(`${url}?since=2026-02-01&asOf=2026-01-01`), 400)).detail).toMatch(
      /comes after asOf/,
    );
    await expectProblem(await api.fetch("/api/v1/relations/atlantis-utopia/changes?since=2020-01-01"), 404);
    const feed = await web().fetch(`/relations/${relation.slug}/changes/feed.xml?since=${nextYear}`);
    expect(feed.status).toBe(400);
    expect(await feed.text()).toMatch(/in the future/);
  });
});
