import { execFileSync } from "node:child_process";
import { createRelease, SYSTEM_ACTOR } from "@dyad/db";
import { resetPeakRss, rssMb } from "./lib/memory";

export interface ExportFigures {
  name: string;
  facts: number;
  cutSeconds: number;
  download: { seconds: number; bytes: number; peakRssMb: number; idleRssMb: number };
  /** The reference: the same rows straight out of PostgreSQL (COPY to /dev/null through psql). */
  copySeconds: number;
}

/**
 * Cut a release of everything public, then download its facts.ndjson from the running site
 * (streamed, hashed again on the way) and read the server's peak memory during the download:
 * VmHWM, reset just before through /proc/<pid>/clear_refs. Reference: COPY of the same rows
 * (revisions and citations) out of PostgreSQL, the floor for any export.
 */
export async function benchReleaseExport(options: {
  databaseUrl: string;
  webUrl: string;
  serverPid: number;
  name: string;
}): Promise<ExportFigures> {
  const cutStarted = performance.now();
  const release = await createRelease({ name: options.name, notes: "Benchmark", actor: SYSTEM_ACTOR });
  const cutSeconds = (performance.now() - cutStarted) / 1000;

  const idleRssMb = rssMb(options.serverPid, "VmRSS");
  resetPeakRss(options.serverPid);
  const started = performance.now();
  const response = await fetch(`${options.webUrl}/api/v1/releases/${options.name}/facts.ndjson`);
  if (!response.ok || !response.body) throw new Error(`release download answered ${response.status}`);
  let bytes = 0;
  let lines = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (const byte of value) if (byte === 10) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = rssMb(options.serverPid, "VmHWM");
  if (lines !== release.factCount) throw new Error(`downloaded ${lines} lines for ${release.factCount} facts`);

  const copyStarted = performance.now();
  execFileSync("psql", [
    options.databaseUrl,
    "-qc",
    `\\copy (SELECT r.*, rs.source_id, rs.locator, s.url, s.title
      FROM release_fact rf JOIN release rl ON rl.id = rf.release_id AND rl.name = '${options.name}'
      JOIN fact_revision r ON r.id = rf.revision_id
      LEFT JOIN revision_source rs ON rs.revision_id = r.id LEFT JOIN source s ON s.id = rs.source_id) TO '/dev/null'`,
  ]);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  return {
    name: options.name,
    facts: release.factCount,
    cutSeconds,
    download: { seconds, bytes, peakRssMb, idleRssMb },
    copySeconds,
  };
}
