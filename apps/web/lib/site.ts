import { z } from "zod";

const ZPublicUrl = z.url({ protocol: /^https?$/ });

/**
 * The site's public address, for canonical URLs, Open Graph, JSON-LD, feeds and the sitemap:
 * DYAD_PUBLIC_URL (e.g. https://dyad.example). Unset, a route handler answering a request uses
 * the address it was reached at, and a cached page (which has no request) http://localhost:3000.
 * Read at run time, not build time, so one build serves any address.
 */
export function siteUrl(request?: Request): URL {
  const configured = ZPublicUrl.safeParse(process.env.DYAD_PUBLIC_URL);
  if (configured.success) return new URL(configured.data.replace(/\/+$/, "/"));
  if (request) return new URL(new URL(request.url).origin);
  return new URL(`http://localhost:${process.env.PORT ?? 3000}`);
}

/** An absolute URL for a path on the site. */
export const absoluteUrl = (path: string, base: URL = siteUrl()) => new URL(path, base).toString();

export const SITE_NAME = "Dyad";
