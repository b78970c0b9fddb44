import { ZApiChangesPage, ZReleaseResponse } from "@dyad/api-contract";
import pg from "pg";
import { expect, inject } from "vitest";
import { type ApiClient, apiClient } from "./api-client";

/** One line of a release's facts.ndjson, as far as the tests look at it. */
export interface ReleaseLine {
  factId: string;
  revisionId: string;
  relation: string;
  statement: string;
}

/** Cut a release through the API with a token holding releases:write. */
export async function cutRelease(secret: string, name: string, notes = "") {
  const response = await apiClient({ token: secret }).send("POST", "/api/v1/releases", { name, notes });
  const text = await response.text();
  expect(response.status, text).toBe(201);
  return ZReleaseResponse.parse(JSON.parse(text)).data;
}

/** Download one of a release's files, as bytes. */
export async function downloadRelease(client: ApiClient, name: string, file: string) {
  const response = await client.fetch(`/api/v1/releases/${name}/${file}`);
  expect(response.status).toBe(200);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

export const parseNdjson = (bytes: Buffer) =>
  bytes
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReleaseLine);

/** A release's facts.csv as records keyed by its header (RFC 4180: quoted cells, "" for a quote). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === "," || c === "\n")) {
      row.push(cell);
      cell = "";
      if (c === "\n") {
        rows.push(row);
        row = [];
      }
    } else {
      cell += c;
    }
  }
  const [header = [], ...records] = rows;
  return records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ""])));
}

/** Follow the changes feed from `start` until it is caught up, applying each event to `mirror`. */
export async function replayChanges(
  client: ApiClient,
  start: string,
  mirror: Map<string, string>,
  until?: string,
): Promise<{ asOf: string }> {
  let next: string | null = start;
  let asOf = "";
  while (next) {
    const page = ZApiChangesPage.parse(await client.json(next));
    for (const event of page.data) {
      if (until && event.at > until) continue;
      if (event.fact) mirror.set(event.factId, event.fact.revisionId);
      else mirror.delete(event.factId);
    }
    asOf = page.meta.asOf ?? asOf;
    next = page.meta.hasMore ? page.links.next : null;
  }
  return { asOf };
}

/**
 * Tests in several files cut and download releases, and one alters data under a release to see
 * it refused: a release another file cut meanwhile would hold the altered data. A PostgreSQL
 * advisory lock (shared to cut and download, exclusive to alter) keeps them apart across files.
 */
export async function withReleaseData<T>(mode: "shared" | "exclusive", work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    await client.query(mode === "shared" ? "SELECT pg_advisory_lock_shared(18018)" : "SELECT pg_advisory_lock(18018)");
    return await work();
  } finally {
    await client.end();
  }
}
