import { ZApiFactDetail, ZReleaseResponse } from "@dyad/api-contract";
import { getDb, listFactRedactions, redactFact } from "@dyad/db";
import { describe, expect, inject, it } from "vitest";
import { sha256 } from "../setup/api-canonical";
import { apiClient } from "../setup/api-client";
import { publishedFact, relationScenario, tokenFor } from "../setup/api-factories";
import { cutRelease, downloadRelease, parseNdjson } from "../setup/api-releases";
import { createUser, unique } from "../setup/factories";
import { invoke, signIn } from "../setup/server-actions";

const reader = apiClient();
const REASON = "Court order 2026/117 (defamation claim)";
const site = async (path: string) => {
  const response = await fetch(`${inject("webUrl")}${path}`);
  return { status: response.status, text: await response.text() };
};

describe("takedown over HTTP (issue 20.9)", () => {
  it("pages, API reads, feeds and release downloads stop serving the text; past releases keep their hash", async () => {
    const scenario = await relationScenario();
    const secret = `zqx${unique()}`;
    const fact = await publishedFact(scenario, `The envoy ${secret} said something actionable.`);
    const neighbour = await publishedFact(scenario, `A harmless neighbour ${unique()}.`);
    const { secret: token } = await tokenFor("REVIEWER", ["releases:write"]);
    const before = await cutRelease(token, `takedown.${unique()}`);
    const copy = (await downloadRelease(reader, before.name, "facts.ndjson")).bytes;
    const slug = scenario.relation.slug;
    // Cached before the takedown: a takedown must reach the site's cache too.
    expect((await site(`/facts/${fact.factId}`)).text).toContain(secret);
    expect((await site(`/relations/${slug}`)).text).toContain(secret);

    const admin = await createUser("ADMIN");
    await redactFact({ factId: fact.factId, reason: REASON, actor: admin.actor });

    const factPage = await site(`/facts/${fact.factId}`);
    expect(factPage.status).toBe(200);
    expect(factPage.text).not.toContain(secret);
    expect(factPage.text).toContain("withdrawn from public view by");
    expect(factPage.text).toContain("Court order 2026/117");
    for (const path of [
      `/relations/${slug}`,
      `/relations/${slug}?asOf=${encodeURIComponent(before.asOf)}`,
      `/facts/${fact.factId}?asOf=${encodeURIComponent(before.asOf)}`,
      `/relations/${slug}/history`,
      `/relations/${slug}/feed.xml`,
      "/feed.xml",
      `/search?q=${secret}`,
      "/sitemap.xml",
      `/api/v1/relations/${slug}/facts`,
      `/api/v1/relations/${slug}/facts?asOf=${before.asOf}`,
      `/api/v1/facts/${fact.factId}?asOf=${before.asOf}`,
      `/api/v1/changes?since=${before.asOf.slice(0, 10)}&limit=1000`,
      `/api/v1/releases/${before.name}/changes?limit=1000`,
    ]) {
      const { status, text } = await site(path);
      expect([path, status < 500]).toEqual([path, true]);
      // The search page repeats what was searched for: look for the rest of the statement there.
      expect(text, path).not.toContain(path.startsWith("/search") ? "said something actionable" : secret);
    }
    const detail = ZApiFactDetail.parse(await reader.json(`/api/v1/facts/${fact.factId}?asOf=${before.asOf}`));
    expect(detail.data.status).toBe("redacted");
    expect(detail.data.history[0]?.redacted).toMatchObject({ by: admin.actor.name, reason: REASON });

    // The past release: same hash, the entry listed as redacted, its downloads without it.
    const manifest = ZReleaseResponse.parse(await reader.json(`/api/v1/releases/${before.name}`)).data;
    expect(manifest.contentHash).toBe(before.contentHash);
    expect(manifest.redactions).toEqual([
      { factId: fact.factId, revisionId: fact.revision.id, at: expect.any(String), reason: REASON },
    ]);
    const now = await downloadRelease(reader, before.name, "facts.ndjson");
    expect(now.response.headers.get("dyad-redacted-entries")).toBe("1");
    expect(now.response.headers.get("repr-digest")).toBeNull();
    const oldLines = copy.toString("utf8").split("\n").filter(Boolean);
    const kept = oldLines.filter((l) => !l.includes(secret));
    expect(kept).toHaveLength(oldLines.length - 1);
    expect(now.bytes.toString("utf8")).toBe(kept.map((l) => `${l}\n`).join(""));
    expect(parseNdjson(now.bytes).map((l) => l.factId)).toContain(neighbour.factId);
    // The copy taken before the takedown still checks against the published hash.
    expect(sha256(copy)).toBe(before.contentHash);
    for (const file of ["facts.json", "facts.csv"]) {
      const { bytes } = await downloadRelease(reader, before.name, file);
      expect(bytes.toString("utf8")).not.toContain(secret);
      expect(bytes.toString("utf8")).toContain(neighbour.factId);
    }

    // A release cut afterwards holds nothing of it.
    const after = await cutRelease(token, `takedown.${unique()}`);
    const later = (await downloadRelease(reader, after.name, "facts.ndjson")).bytes.toString("utf8");
    expect(later).not.toContain(fact.factId);
    expect(sha256(Buffer.from(later))).toBe(after.contentHash);
  });

  it("the editor's takedown action refuses editors and reviewers (403-like FORBIDDEN) and changes nothing", async () => {
    const scenario = await relationScenario();
    const fact = await publishedFact(scenario, `Stays public ${unique()}.`);
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      const person = await createUser(role);
      const session = await signIn(person.email, person.password);
      const call = await invoke(
        session,
        "facts/actions.ts#redactAction",
        [{ factId: fact.factId, reason: REASON, confirmed: true }],
        { factId: fact.factId },
      );
      expect(call.result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    // An admin without the confirmation: refused as invalid, nothing written.
    const admin = await createUser("ADMIN");
    const unconfirmed = await invoke(
      await signIn(admin.email, admin.password),
      "facts/actions.ts#redactAction",
      [{ factId: fact.factId, reason: REASON, confirmed: false }],
      { factId: fact.factId },
    );
    expect(unconfirmed.result).toMatchObject({ ok: false, error: { code: "INVALID" } });
    expect(await listFactRedactions({ factId: fact.factId })).toEqual([]);
    expect(await getDb().fact.findUniqueOrThrow({ where: { id: fact.factId } })).toMatchObject({
      publishedRevisionId: fact.revision.id,
    });
  });
});
