import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sha256 } from "../setup/api-canonical";
import { apiClient, expectProblem } from "../setup/api-client";
import { publishedFact, relationScenario, tokenFor } from "../setup/api-factories";
import { cutRelease, parseCsv, withReleaseData } from "../setup/api-releases";
import { unique } from "../setup/factories";

const reader = apiClient();
const LICENCE_LINK = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"';

/** A fresh release holding a fact of ours that cites a source, cut and then read under the shared lock. */
async function withRelease<T>(work: (release: Awaited<ReturnType<typeof cutRelease>>, factId: string) => Promise<T>) {
  const scenario = await relationScenario();
  const fact = await publishedFact(scenario, "Packaged for citation.");
  const { secret } = await tokenFor("REVIEWER", ["releases:write"]);
  return withReleaseData("shared", async () => work(await cutRelease(secret, `files-${unique()}`), fact.factId));
}

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("release downloads", () => {
  it("give their length and resume from any byte, and say 416 past the end", async () => {
    await withRelease(async (release) => {
      const url = `${release.url}/facts.ndjson`;
      const whole = await reader.fetch(url);
      const bytes = await bytesOf(whole);
      expect(sha256(bytes)).toBe(release.contentHash);
      expect(whole.headers.get("content-length")).toBe(String(bytes.length));
      expect(whole.headers.get("accept-ranges")).toBe("bytes");
      expect(whole.headers.get("link")).toContain(LICENCE_LINK);

      // A download that broke off after 100 bytes asks for the rest and gets exactly it.
      const rest = await reader.fetch(url, { headers: { range: "bytes=100-" } });
      expect(rest.status).toBe(206);
      expect(rest.headers.get("content-range")).toBe(`bytes 100-${bytes.length - 1}/${bytes.length}`);
      expect(rest.headers.get("content-length")).toBe(String(bytes.length - 100));
      const resumed = Buffer.concat([bytes.subarray(0, 100), await bytesOf(rest)]);
      expect(sha256(resumed)).toBe(release.contentHash);

      const past = await reader.fetch(url, { headers: { range: `bytes=${bytes.length}-` } });
      expect(past.headers.get("content-range")).toBe(`bytes */${bytes.length}`);
      await expectProblem(past, 416);
      // If-Range names another version: the whole file again, not a piece of a different one.
      const changed = await reader.fetch(url, { headers: { range: "bytes=100-", "if-range": '"other"' } });
      expect(changed.status).toBe(200);
      expect(sha256(await bytesOf(changed))).toBe(release.contentHash);
    });
  });

  it("come gzipped and brotli-compressed, each resumable, with an ETag of its own", async () => {
    await withRelease(async (release) => {
      const plain = await reader.fetch(`${release.url}/facts.csv`);
      const csv = await bytesOf(plain);
      const gz = await reader.fetch(`${release.url}/facts.csv.gz`);
      const gzBytes = await bytesOf(gz);
      expect(gz.headers.get("content-type")).toBe("application/gzip");
      expect(gz.headers.get("content-length")).toBe(String(gzBytes.length));
      expect(gunzipSync(gzBytes).equals(csv)).toBe(true);
      expect(gzBytes.length).toBeLessThan(csv.length);
      const br = await reader.fetch(`${release.url}/facts.ndjson.br`);
      expect(sha256(brotliDecompressSync(await bytesOf(br)))).toBe(release.contentHash);
      expect(new Set([plain, gz, br].map((r) => r.headers.get("etag"))).size).toBe(3);

      // Resumed as a client does, with If-Range: a takedown by another test file between the two
      // requests changes the bytes a release serves (and its ETag), and then the whole file comes again.
      let [head, validator] = [gzBytes, gz.headers.get("etag") as string];
      for (let attempt = 0; ; attempt++) {
        const url = `${release.url}/facts.csv.gz`;
        const tail = await reader.fetch(url, { headers: { range: "bytes=10-", "if-range": validator } });
        if (tail.status === 206) {
          const resumed = gunzipSync(Buffer.concat([head.subarray(0, 10), await bytesOf(tail)]));
          expect(resumed.equals(gunzipSync(head))).toBe(true);
          if (attempt === 0) expect(resumed.equals(csv)).toBe(true);
          break;
        }
        expect(tail.status).toBe(200);
        expect(tail.headers.get("etag")).not.toBe(validator);
        expect(attempt).toBeLessThan(3);
        [head, validator] = [await bytesOf(tail), tail.headers.get("etag") as string];
      }
      await expectProblem(await reader.fetch(`${release.url}/facts.csv.zip`), 404);
    });
  });

  it("are described by a Frictionless data package whose tables hold every fact's sources", async () => {
    await withRelease(async (release, factId) => {
      expect(release.links.datapackage).toBe(`${release.url}/datapackage.json`);
      const response = await reader.fetch(release.links.datapackage);
      expect(response.headers.get("link")).toContain(LICENCE_LINK);
      const pkg = (await response.json()) as {
        licenses: { path: string }[];
        resources: { name: string; path: string; hash?: string; schema?: { fields: { name: string }[] } }[];
      };
      expect(pkg.licenses[0]?.path).toBe("https://creativecommons.org/licenses/by/4.0/");
      expect(pkg.resources.find((r) => r.name === "facts-ndjson")?.hash).toBe(`sha256:${release.contentHash}`);
      const tables: Record<string, Record<string, string>[]> = {};
      for (const name of ["facts", "revisions", "sources", "citations"]) {
        const resource = pkg.resources.find((r) => r.name === name);
        const text = await (await reader.fetch(`${release.url}/${resource?.path}`)).text();
        // The table's schema names exactly the CSV's columns, in order.
        expect(text.split("\n")[0]).toBe(resource?.schema?.fields.map((f) => `"${f.name}"`).join(","));
        tables[name] = parseCsv(text);
      }
      const fact = tables.facts?.find((f) => f.factId === factId);
      const cited = tables.citations?.filter((c) => c.revisionId === fact?.revisionId) ?? [];
      expect(cited.length).toBeGreaterThan(0);
      expect(cited.map((c) => c.sourceId)).toEqual(
        (JSON.parse(fact?.sources ?? "[]") as { id: string }[]).map((s) => s.id),
      );
      for (const c of tables.citations ?? []) {
        expect(tables.sources?.some((s) => s.sourceId === c.sourceId)).toBe(true);
        expect(tables.revisions?.some((r) => r.revisionId === c.revisionId)).toBe(true);
      }
      expect(new Set(tables.sources?.map((s) => s.sourceId)).size).toBe(tables.sources?.length);
    });
  });

  it("come with a CITATION.cff and a release page that dataset search engines read", async () => {
    await withRelease(async (release) => {
      const cff = await (await reader.fetch(release.links.citation)).text();
      expect(cff).toContain("cff-version: 1.2.0");
      expect(cff).toContain("type: dataset");
      expect(cff).toContain(`version: "${release.name}"`);
      expect(cff).toContain('license: "CC-BY-4.0"');
      expect(cff).toContain(`sha256:${release.contentHash}`);

      const html = await (await reader.fetch(`/releases/${release.name}`)).text();
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)];
      const dataset = scripts.map((m) => JSON.parse(m[1] as string)).find((d) => d["@type"] === "Dataset");
      expect(dataset).toMatchObject({
        version: release.name,
        license: "https://creativecommons.org/licenses/by/4.0/",
        identifier: `sha256:${release.contentHash}`,
      });
      const downloads = (dataset.distribution as { contentUrl: string }[]).map((d) => d.contentUrl);
      expect(downloads.some((u) => u.endsWith(`${release.url}/facts.ndjson`))).toBe(true);
      expect((await reader.fetch("/releases/no-such-release")).status).toBe(404);
    });
  });
});
