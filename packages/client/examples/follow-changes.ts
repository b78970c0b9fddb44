// Follow the changes feed: apply every publication and withdrawal, then poll from the saved cursor.
import { createDyadClient } from "@dyad/client";

const dyad = createDyadClient({ baseUrl: process.env.DYAD_URL ?? "https://dyad.example" });
const mirror = new Map<string, string>(); // factId → revisionId public now
let cursor: string | undefined; // persist it: a later run continues where this one stopped

for (;;) {
  const { data, error } = await dyad.GET("/api/v1/changes", { params: { query: { cursor, limit: 1000 } } });
  if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`);
  for (const event of data.data) {
    if (event.fact) mirror.set(event.factId, event.fact.revisionId);
    else mirror.delete(event.factId);
  }
  cursor = data.meta.nextCursor ?? cursor;
  // hasMore false: the mirror holds exactly the public state at meta.asOf; wait, then ask again.
  if (!data.meta.hasMore) await new Promise((resolve) => setTimeout(resolve, 60_000));
}
