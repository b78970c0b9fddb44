import { ZApiChangeGroupsPage, ZApiChangesPage } from "@dyad/api-contract";
import { revertChangeSet } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { publishedChangeSet } from "../setup/change-set-scenario";

const api = apiClient();
const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const titleOf = (entry: string) => entry.match(/<title>([^<]*)<\/title>/)?.[1];

describe("a published change-set in the feeds", () => {
  it("is one entry in the Atom feeds and one unsplit group of the JSON feed; its revert another", async () => {
    const { relation, ids, set, title, description, tag, reviewer, since } = await publishedChangeSet();

    // The JSON feed, one event a page: the page that reaches the change-set holds all of it.
    const pageWithIt = async () => {
      let next: string | null = `/api/v1/changes?since=${since}&limit=1`;
      while (next) {
        const page = ZApiChangesPage.parse(await api.json(next));
        if (page.data.some((e) => e.changeSet?.id === set.id)) return page.data;
        next = page.meta.hasMore ? page.links.next : null;
      }
      return [];
    };
    await expect.poll(async () => (await pageWithIt()).length, { timeout: 15_000 }).toBe(3);
    const group = await pageWithIt();
    expect(group.map((e) => e.changeSet)).toEqual(
      Array(3).fill({ id: set.id, title, description, action: "published" }),
    );
    expect(new Set(group.map((e) => e.at)).size).toBe(1);
    expect(group.map((e) => e.type).sort()).toEqual(["published", "published", "withdrawn"]);

    // The grouped feed, one event a page too: the change-set is one entry holding its three events.
    const entryOf = async () => {
      let next: string | null = `/api/v1/changes/grouped?since=${since}&limit=1`;
      while (next) {
        const page = ZApiChangeGroupsPage.parse(await api.json(next));
        const found = page.data.find((g) => g.changeSet?.id === set.id);
        if (found) return found;
        next = page.meta.hasMore ? page.links.next : null;
      }
      return null;
    };
    const entry = await entryOf();
    expect(entry?.changeSet).toEqual({ id: set.id, title, description, action: "published" });
    expect(entry?.events.map((e) => e.factId).sort()).toEqual([...ids].sort());

    const atom = async (path: string, base = inject("webUrl")) =>
      entries(await (await fetch(`${base}${path}`)).text()).filter((e) => e.includes(tag));
    const published = `Change-set published: ${title} (3 facts`;
    const apiAtom = await atom("/api/v1/changes.atom");
    expect(apiAtom.filter((e) => titleOf(e)?.startsWith(published))).toHaveLength(1);
    expect(apiAtom.filter((e) => e.includes("Trade grew"))).toHaveLength(1);
    // Its description, and a link to each fact it changed.
    const apiEntry = apiAtom.find((e) => titleOf(e)?.startsWith(published)) ?? "";
    expect(apiEntry).toContain(description);
    for (const id of ids) expect(apiEntry).toContain(`/facts/${id}"`);
    // The relation's feed is cached: it shows the change-set once the revalidation arrived.
    await expect
      .poll(async () => (await atom(`/relations/${relation.slug}/feed.xml`)).map(titleOf), { timeout: 20_000 })
      .toEqual([
        expect.stringMatching(new RegExp(`^${literally(published)}, .+ relations\\)$`)),
        expect.stringMatching(/^Published: /),
        expect.stringMatching(/^Published: /),
        expect.stringMatching(/^Published: /),
      ]);

    const siteEntry = (await atom(`/relations/${relation.slug}/feed.xml`))[0] ?? "";
    expect(siteEntry).toContain(`<summary type="text">${description}</summary>`);
    for (const id of ids) expect(siteEntry).toContain(`/facts/${id}"`);
    // The relation's history: one item for the change-set, its title and description, linking each fact.
    const history = await (await fetch(`${inject("webUrl")}/relations/${relation.slug}/history`)).text();
    const item = history.slice(history.indexOf('class="change-set"'), history.indexOf("</ul>", history.indexOf(title)));
    expect(item).toContain(title);
    expect(item).toContain(description);
    for (const id of ids) expect(item).toContain(`href="/facts/${id}"`);

    await revertChangeSet({ changeSetId: set.id, actor: reviewer.actor });
    await expect
      .poll(async () => (await atom(`/relations/${relation.slug}/feed.xml`)).map(titleOf)[0], { timeout: 20_000 })
      .toMatch(new RegExp(`^${literally(`Change-set reverted: ${title} (3 facts`)}`));
    expect((await atom("/api/v1/changes.atom")).filter((e) => titleOf(e)?.startsWith("Change-set"))).toHaveLength(2);
  });
});
