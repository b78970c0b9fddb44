import { env } from "../env";

/**
 * The site's public address, for canonical URLs, Open Graph, JSON-LD, feeds, the sitemap and
 * robots.txt: DYAD_PUBLIC_URL (e.g. https://dyad.example), else http://localhost:<PORT or 3000>.
 * Never the request's Host or X-Forwarded-Host: a client writes those, and a cached feed or page
 * would hand its forged links to every later reader. Read at run time, so one build serves any address.
 */
export function siteUrl(): URL {
  const { DYAD_PUBLIC_URL, PORT } = env();
  if (DYAD_PUBLIC_URL) return new URL(DYAD_PUBLIC_URL.replace(/\/+$/, "/"));
  return new URL(`http://localhost:${PORT}`);
}

/** An absolute URL for a path on the site. */
export const absoluteUrl = (path: string, base: URL = siteUrl()) => new URL(path, base).toString();

export const SITE_NAME = "Dyad";
