import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ZReleasePage } from "@dyad/api-contract";
import { redactFact } from "@dyad/db";
import { afterAll, describe, expect, it } from "vitest";
import { apiClient } from "../setup/api-client";
import { publishedFact, relationScenario, tokenFor } from "../setup/api-factories";
import { cutRelease, withReleaseData } from "../setup/api-releases";
import { createUser, unique } from "../setup/factories";

const SCRIPT = path.join(import.meta.dirname, "../../docs/verify-releases.mjs");
const reader = apiClient();
const work = await mkdtemp(path.join(os.tmpdir(), "dyad-release-chain-"));
afterAll(() => rm(work, { recursive: true, force: true }));

/** Run the shipped script as a re-user would: node, a directory, no network. */
async function verify(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, dir]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

/** Mirror every release as the docs say: its manifest and its facts.ndjson, one folder each. */
async function mirrorReleases(dir: string): Promise<string[]> {
  const names: string[] = [];
  for (let next: string | null = "/api/v1/releases?limit=100"; next; ) {
    const page = ZReleasePage.parse(await reader.json(next));
    names.push(...page.data.map((r) => r.name));
    next = page.links.next;
  }
  for (const name of names) {
    await mkdir(path.join(dir, name), { recursive: true });
    const manifest = await (await reader.fetch(`/api/v1/releases/${name}`)).text();
    await writeFile(path.join(dir, name, "manifest.json"), manifest);
    const facts = Buffer.from(await (await reader.fetch(`/api/v1/releases/${name}/facts.ndjson`)).arrayBuffer());
    await writeFile(path.join(dir, name, "facts.ndjson"), facts);
  }
  return names;
}

describe("the release chain", () => {
  it("verifies offline with the script in the docs, and the script catches a changed byte or a missing link", async () => {
    const scenario = await relationScenario();
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    const mirror = path.join(work, "mirror");
    const [first, second] = await withReleaseData("shared", async () => {
      const a = await cutRelease(secret, `chain-a-${unique()}`);
      await publishedFact(scenario, "Published between two releases.");
      const b = await cutRelease(secret, `chain-b-${unique()}`);
      await cutRelease(secret, `chain-c-${unique()}`);
      await mirrorReleases(mirror);
      return [a, b];
    });
    const good = await verify(mirror);
    expect(good.code, good.output).toBe(0);
    expect(good.output).toContain(`ok ${first?.name} sha256:${first?.contentHash}`);
    expect(good.output).toContain(`ok ${second?.name} sha256:${second?.contentHash}`);

    const altered = path.join(work, "altered");
    await cp(mirror, altered, { recursive: true });
    const file = path.join(altered, second?.name ?? "", "facts.ndjson");
    await writeFile(file, (await readFile(file, "utf8")).replace("Published between", "Published betwixt"));
    const bad = await verify(altered);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain(`FAIL ${second?.name}: facts.ndjson hashes to`);

    // A release dropped from the middle of the mirror breaks the chain at the one after it.
    const gap = path.join(work, "gap");
    await cp(mirror, gap, { recursive: true });
    await rm(path.join(gap, second?.name ?? ""), { recursive: true });
    const broken = await verify(gap);
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(new RegExp(`FAIL \\S+: names ${second?.name} as previous`));
  });

  it("checks a release with an entry taken down since its cut: exactly that entry missing, the chain still linked", async () => {
    const scenario = await relationScenario();
    const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
    const fact = await publishedFact(scenario, `Withdrawn after the cut ${unique()}.`);
    const release = await withReleaseData("shared", () => cutRelease(secret, `chain-takedown-${unique()}`));
    await redactFact({ factId: fact.factId, reason: "Court order", actor: (await createUser("ADMIN")).actor });
    const mirror = path.join(work, "takedown");
    await mkdir(path.join(mirror, release.name), { recursive: true });
    const manifest = await (await reader.fetch(`/api/v1/releases/${release.name}`)).text();
    await writeFile(path.join(mirror, release.name, "manifest.json"), manifest);
    const served = await (await reader.fetch(`/api/v1/releases/${release.name}/facts.ndjson`)).text();
    expect(served).not.toContain(fact.factId);
    await writeFile(path.join(mirror, release.name, "facts.ndjson"), served);
    const checked = await verify(mirror);
    expect(checked.code, checked.output).toBe(0);
    expect(checked.output).toContain(`ok ${release.name} sha256:${release.contentHash}`);
    expect(checked.output).toContain("1 entries taken down since the cut");

    // The withdrawn entry put back into the download: the script says the file is not what was served.
    const line = JSON.stringify({ factId: fact.factId, revisionId: fact.revision.id });
    await writeFile(path.join(mirror, release.name, "facts.ndjson"), `${served}${line}\n`);
    const refilled = await verify(mirror);
    expect(refilled.code).toBe(1);
    expect(refilled.output).toContain(`FAIL ${release.name}`);
  });
});
