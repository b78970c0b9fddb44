import { getDb } from "../client";
import { tagsForFactChange } from "./tags";

/**
 * Tell the public site (DYAD_WEB_URL) which cache tags a committed change touched, so it serves
 * the change within seconds without a rebuild. Runs after commit: a failure is logged, never
 * thrown, because the change itself has already happened (the pages then refresh when their
 * cache lifetime ends).
 */
export async function notifyPublicSite(tags: string[]): Promise<void> {
  const url = process.env.DYAD_WEB_URL;
  const secret = process.env.DYAD_REVALIDATE_SECRET;
  if (!url || !secret || tags.length === 0) return;
  try {
    const response = await fetch(new URL("/api/revalidate", url), {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ tags: [...new Set(tags)] }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) console.warn(`Revalidation refused by the public site: HTTP ${response.status}`);
  } catch (error) {
    console.warn(`Could not reach the public site to revalidate: ${(error as Error).message}`);
  }
}

/** Notify for a change to one fact: its relation, its countries, lists, search and feeds. */
export async function notifyFactChanged(factId: string): Promise<void> {
  if (!process.env.DYAD_WEB_URL) return;
  const fact = await getDb().fact.findUnique({
    where: { id: factId },
    select: { relation: { select: { slug: true, countryAId: true, countryBId: true } } },
  });
  if (!fact) return;
  const { slug, countryAId, countryBId } = fact.relation;
  await notifyPublicSite(tagsForFactChange({ relationSlug: slug, factId, countryCodes: [countryAId, countryBId] }));
}
