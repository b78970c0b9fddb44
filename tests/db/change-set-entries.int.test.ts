import { listApiChangeGroups, listApiChanges, listPublicChanges, revertChangeSet } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { publishedChangeSet } from "../setup/change-set-scenario";
import { unique } from "../setup/factories";

describe("a change-set's publish is one entry in the change lists and feeds", () => {
  it("lists it as one entry with every fact it changed, counted once by the limit and never cut", async () => {
    const { relation, ids, set, title, description } = await publishedChangeSet();
    const newest = await listPublicChanges({ relationSlug: relation.slug, limit: 1 });
    expect(newest.groups).toHaveLength(1);
    const entry = newest.groups[0];
    expect(entry?.changeSet).toEqual({ id: set.id, title, description, action: "published" });
    expect(entry?.changes.map((c) => c.type).sort()).toEqual(["updated", "updated", "withdrawn"]);
    expect(new Set(entry?.changes.map((c) => c.factId))).toEqual(new Set(ids));
    expect(new Set(entry?.changes.map((c) => c.at)).size).toBe(1);

    // Two entries: the change-set, then the newest single publish before it (one fact).
    const two = await listPublicChanges({ relationSlug: relation.slug, limit: 2 });
    expect(two.groups.map((g) => [g.changeSet?.title ?? null, g.changes.length])).toEqual([
      [title, 3],
      [null, 1],
    ]);
    const all = await listPublicChanges({ relationSlug: relation.slug, limit: 50 });
    expect(all.groups.map((g) => g.changes.length)).toEqual([3, 1, 1, 1]);
  });

  it("a single publish after it stays one entry; the revert is another whole entry", async () => {
    const { relation, set, title, publishOne, reviewer } = await publishedChangeSet();
    await publishOne(`After the visit ${unique()}.`);
    await revertChangeSet({ changeSetId: set.id, actor: reviewer.actor });
    const { groups } = await listPublicChanges({ relationSlug: relation.slug, limit: 3 });
    expect(groups.map((g) => [g.changeSet?.action ?? "single", g.changes.length])).toEqual([
      ["reverted", 3],
      ["single", 1],
      ["published", 3],
    ]);
    expect(groups[0]?.changeSet?.title).toBe(title);
    expect(groups[0]?.id).not.toBe(groups[2]?.id);
  });

  it("the API's grouped feed has the change-set as one entry, on the same cursors as the events feed", async () => {
    const { set, description, publishOne, since } = await publishedChangeSet();
    const after = await publishOne(`After the visit ${unique()}.`);
    const ours = (page: Awaited<ReturnType<typeof listApiChangeGroups>>) =>
      page.data.filter((g) => g.changeSet?.id === set.id || g.events.some((e) => e.factId === after));
    // Settled events only: wait until both are served.
    await expect
      .poll(async () => ours(await listApiChangeGroups({ since, limit: 1000 })).length, { timeout: 15_000 })
      .toBe(2);
    const page = await listApiChangeGroups({ since, limit: 1000 });
    const [grouped, single] = ours(page);
    expect(grouped?.changeSet).toMatchObject({ id: set.id, description, action: "published" });
    expect(grouped?.events).toHaveLength(3);
    expect(grouped?.events.every((e) => e.changeSet?.id === set.id && e.at === grouped.at)).toBe(true);
    expect(single?.changeSet).toBeNull();
    expect(single?.events.map((e) => e.factId)).toEqual([after]);
    expect(page.links.next).toMatch(/^\/api\/v1\/changes\/grouped\?/);

    // One event a page: the page that reaches the change-set holds all of it, as one entry, and
    // its cursor continues in the events feed with the single publish after it.
    let reading: { since?: string; cursor?: string; limit: number } = { since, limit: 1 };
    let next = await listApiChangeGroups(reading);
    while (!next.data.some((g) => g.changeSet?.id === set.id)) {
      reading = { cursor: next.meta.nextCursor, limit: 1 };
      next = await listApiChangeGroups(reading);
    }
    expect(next.data.filter((g) => g.changeSet?.id === set.id).map((g) => g.events.length)).toEqual([3]);
    const rest = await listApiChanges({ cursor: next.meta.nextCursor, limit: 1000 });
    expect(rest.data.some((e) => e.changeSet?.id === set.id)).toBe(false);
    expect(rest.data.map((e) => e.factId)).toContain(after);
    const same = await listApiChanges(reading);
    expect(same.data.filter((e) => e.changeSet?.id === set.id)).toHaveLength(3);
  });
});
