import { z } from "zod";

const ZPublicUrl = z.url({ protocol: /^https?$/ });

/**
 * The site's public address, for canonical URLs, Open Graph, JSON-LD, feeds, the sitemap and
 * robots.txt: DYAD_PUBLIC_URL (e.g. https://dyad.example), else http://localhost:<PORT or 3000>.
 * Never the request's Host or X-Forwarded-Host: a client writes those, and a cached feed or page
 * would hand its forged links to every later reader. Read at run time, so one build serves any address.
 */
export function siteUrl(): URL {
  const configured = ZPublicUrl.safeParse(process.env.DYAD_PUBLIC_URL);
  if (configured.success) return new URL(configured.data.replace(/\/+$/, "/"));
  return new URL(`http://localhost:${process.env.PORT ?? 3000}`);
}

/** An absolute URL for a path on the site. */
export const absoluteUrl = (path: string, base: URL = siteUrl()) => new URL(path, base).toString();

export const SITE_NAME = "Dyad";
