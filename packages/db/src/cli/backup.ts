import { createReadStream, createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { exportBackup, restoreBackup } from "../backup";
import { migrate, resolveDatabase } from "../dev/database";

// pnpm run backup export <file> | pnpm run backup restore <file> (into an empty database)
const { positionals } = parseArgs({ allowPositionals: true });
const [command, file] = positionals;
if ((command !== "export" && command !== "restore") || !file) {
  console.error("Usage: pnpm run backup export <file.ndjson> | pnpm run backup restore <file.ndjson>");
  process.exit(2);
}
const db = await resolveDatabase(console.log);
try {
  await migrate(db.url);
  let counts: Record<string, number>;
  if (command === "export") {
    const out = createWriteStream(file);
    counts = await exportBackup(db.url, out);
    out.end();
    await finished(out);
  } else {
    counts = await restoreBackup(db.url, createReadStream(file));
  }
  console.log(`${command === "export" ? "Exported" : "Restored"}:`);
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table}: ${n}`);
} finally {
  await db.stop();
}
