import { readPublished } from "@dyad/db";
import { unstable_cache } from "next/cache";

/**
 * Cache a public read in Next's data cache under tags from @dyad/db's cacheTags, so hot pages and
 * API responses are not computed against the database on every view; a publish revalidates
 * exactly its tags (app/api/revalidate). Results must be plain JSON: @dyad/db's public views are.
 * The lifetime is a safety net for a missed revalidation, not the freshness mechanism.
 * A miss reads published data on a read replica when there are replicas (readPublished).
 */
export function cached<Args extends unknown[], Result>(
  fn: (...args: Args) => Promise<Result>,
  keyParts: string[],
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return (...args: Args) =>
    unstable_cache(() => readPublished(() => fn(...args)), [...keyParts, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: 3600,
    })();
}
