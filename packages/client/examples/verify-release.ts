// Verify a release: facts.ndjson must hash (SHA-256) to the contentHash its manifest names.
import { createHash } from "node:crypto";
import { createDyadClient } from "@dyad/client";

const dyad = createDyadClient({ baseUrl: process.env.DYAD_URL ?? "https://dyad.example" });
const name = process.argv[2] ?? "latest"; // latest redirects to the newest release

const release = await dyad.GET("/api/v1/releases/{name}", { params: { path: { name } } });
if (release.error) throw new Error(`${release.error.status} ${release.error.title}: ${release.error.detail}`);
const { contentHash, factCount } = release.data.data;
const file = await dyad.GET("/api/v1/releases/{name}/{file}", {
  params: { path: { name: release.data.data.name, file: "facts.ndjson" } },
  parseAs: "arrayBuffer",
});
if (file.error !== undefined || !file.data) throw new Error(`facts.ndjson: ${file.response.status}`);
const hash = createHash("sha256").update(Buffer.from(file.data)).digest("hex");
const ok = hash === contentHash;
console.log(`${release.data.data.name}: ${factCount} facts, ${ok ? "verified" : `MISMATCH (${hash})`}`);
process.exitCode = ok ? 0 : 1;
