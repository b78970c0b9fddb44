// Mirror one relation: every fact public now, page by page. Run: tsx mirror-relation.ts azerbaijan-canada
import { createDyadClient, type Schema } from "@dyad/client";

const dyad = createDyadClient({ baseUrl: process.env.DYAD_URL ?? "https://dyad.example" });
const slug = process.argv[2] ?? "azerbaijan-canada";

const facts: Schema<"Fact">[] = [];
let cursor: string | undefined;
let asOf: string | undefined;
do {
  // The first page's meta.asOf pins every later page (and the cursor keeps it): one consistent copy.
  const { data, error } = await dyad.GET("/api/v1/relations/{slug}/facts", {
    params: { path: { slug }, query: { cursor, limit: 1000 } },
  });
  if (error) throw new Error(`${error.status} ${error.title}: ${error.detail}`);
  facts.push(...data.data);
  asOf ??= data.meta.asOf;
  cursor = data.meta.nextCursor ?? undefined; // null on the last page
} while (cursor);
console.log(`${facts.length} facts of ${slug}, exactly as public at ${asOf}`);
