import { dbEnv } from "../env";

/**
 * Tell the public site (DYAD_WEB_URL) which cache tags a committed change touched, so it serves
 * the change within seconds without a rebuild. True when the site took them. A failure is
 * logged, never thrown: the change itself has already happened, and its revalidation stays in
 * the outbox to be delivered later (deliver-revalidations.ts).
 */
export async function notifyPublicSite(tags: string[]): Promise<boolean> {
  const { DYAD_WEB_URL: url, DYAD_REVALIDATE_SECRET: secret } = dbEnv();
  if (!url || !secret) return false;
  if (tags.length === 0) return true;
  try {
    const response = await fetch(new URL("/api/revalidate", url), {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ tags: [...new Set(tags)] }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) console.warn(`Revalidation refused by the public site: HTTP ${response.status}`);
    return response.ok;
  } catch (error) {
    console.warn(`Could not reach the public site to revalidate: ${(error as Error).message}`);
    return false;
  }
}
