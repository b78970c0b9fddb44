import { statSync } from "node:fs";
import path from "node:path";
import { GET_ONLY } from "@/lib/api/read-only-methods";
import { textResponse } from "@/lib/api/respond";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site";

// Rendered per request from cached reads, and DYAD_PUBLIC_URL is read when served, not built.
export const dynamic = "force-dynamic";

/** robots.txt changes with a deployment only: it was last modified when this build was made. */
function builtAt(): string | undefined {
  try {
    return statSync(path.join(process.cwd(), ".next", "BUILD_ID")).mtime.toISOString();
  } catch {
    return undefined; // `next dev` has no build
  }
}

/**
 * Crawl the pages, not the endless spaces: every `?asOf=` instant, every pair of versions and
 * every search would be a page of its own (they are also marked noindex).
 */
export function GET(request: Request) {
  const sitemap = new URL("/sitemap.xml", siteUrl()).toString();
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /api/",
    `Disallow: ${routes.search()}`,
    "Disallow: /*?asOf=",
    "Disallow: /facts/*/compare",
    `Sitemap: ${sitemap}`,
    "",
  ].join("\n");
  return textResponse(request, body, "text/plain; charset=utf-8", builtAt());
}

/** Every other method: 405 with Allow. */
export const { POST, PUT, PATCH, DELETE } = GET_ONLY;
