#!/usr/bin/env node
// Check a mirrored chain of Dyad releases offline, with nothing but Node.js (18 or later).
//
//   node verify-releases.mjs <directory>
//
// <directory> holds one folder per release, each with the release's `manifest.json` (the answer
// of GET /api/v1/releases/<name>, or just its manifest) and its `facts.ndjson`. For every release
// this checks that facts.ndjson hashes to the manifest's contentHash and has factCount lines, and
// that the manifest's `previous` names the release before it in the folder (by asOf) with that
// release's exact asOf and contentHash. A release with entries taken down since its cut (the API
// answer's `redactions`: docs/releases.md, Takedowns) is served without them, so its hash cannot be
// recomputed from a fresh download: the script then checks that exactly those entries are missing,
// says so, and still checks the chain. Exit status 0: every check passed; 1: one failed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node verify-releases.mjs <directory of releases>");
  process.exit(2);
}

const releases = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const folder = path.join(dir, entry.name);
    const json = JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8"));
    const manifest = json.data?.manifest ?? json.manifest ?? json;
    const redactions = json.data?.redactions ?? json.redactions ?? [];
    return { folder, manifest, redactions, facts: readFileSync(path.join(folder, "facts.ndjson")) };
  })
  .sort((a, b) => (a.manifest.asOf < b.manifest.asOf ? -1 : a.manifest.asOf > b.manifest.asOf ? 1 : 0));

let failures = 0;
const fail = (name, message) => {
  failures++;
  console.log(`FAIL ${name}: ${message}`);
};

releases.forEach(({ manifest, redactions, facts }, i) => {
  const name = manifest.name;
  const failedBefore = failures;
  const hash = createHash("sha256").update(facts).digest("hex");
  const lines = facts.length === 0 ? [] : facts.toString("utf8").split("\n").slice(0, -1);
  const withdrawn = new Set(redactions.map((r) => r.revisionId));
  if (withdrawn.size === 0 && hash !== manifest.contentHash)
    fail(name, `facts.ndjson hashes to ${hash}, the manifest says ${manifest.contentHash}`);
  if (lines.length !== manifest.factCount - withdrawn.size)
    fail(
      name,
      `facts.ndjson has ${lines.length} facts, the manifest says ${manifest.factCount} less ${withdrawn.size} taken down`,
    );
  if (lines.some((line) => withdrawn.has(JSON.parse(line).revisionId)))
    fail(name, "facts.ndjson still holds an entry the release says was taken down");
  const before = releases[i - 1]?.manifest;
  if (before) {
    const previous = manifest.previous;
    if (!previous) fail(name, `names no previous release, but ${before.name} came before it`);
    else if (previous.name !== before.name)
      fail(name, `names ${previous.name} as previous, but ${before.name} came before it`);
    else if (previous.contentHash !== before.contentHash || previous.asOf !== before.asOf) {
      fail(
        name,
        `names ${before.name} with hash ${previous.contentHash} at ${previous.asOf}, which is not that release`,
      );
    }
  }
  const link =
    i === 0
      ? manifest.previous
        ? ` (chain starts here; previous ${manifest.previous.name} not mirrored)`
        : " (first release)"
      : ` (after ${before.name})`;
  const taken =
    withdrawn.size > 0 ? ` (${withdrawn.size} entries taken down since the cut: hash not recomputable)` : "";
  if (failures === failedBefore)
    console.log(`ok ${name} sha256:${withdrawn.size > 0 ? manifest.contentHash : hash}${link}${taken}`);
});

console.log(failures === 0 ? `${releases.length} releases verified` : `${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
