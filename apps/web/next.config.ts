import path from "node:path";
import type { NextConfig } from "next";
import { securityHeaders } from "./security-headers";

const config: NextConfig = {
  transpilePackages: ["@dyad/api-contract", "@dyad/core", "@dyad/db", "@dyad/importer"],
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  poweredByHeader: false,
  // Next computes a page's ETag by hashing the whole HTML in JavaScript on every response: a
  // quarter of the CPU time of serving a cached relation page (measured). Pages are revalidated
  // by tag and carry s-maxage, so a conditional GET saves little; route handlers set their own.
  generateEtags: false,
  // The public cache (full-route and unstable_cache data, see ARCHITECTURE.md "Public site
  // caching") lives in memory only. Next's revalidated-tag list is in memory too, so entries
  // persisted to disk would outlive a restart as "fresh" even when a publish had revalidated them,
  // and a build directory started against another database would serve that database's pages.
  // A restart starts cold; each page renders once on its first view.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // The same in-memory cache, with revalidated tags shared between instances through Redis
  // when DYAD_REDIS_URL is set (ARCHITECTURE.md "Deployment").
  cacheHandler: path.join(import.meta.dirname, "cache-handler.mjs"),
  experimental: { isrFlushToDisk: false },
  // `?asOf=` and `?on=` views are rendered per request by a separate route, so the current pages stay in
  // the full-route cache (a page that read searchParams would be rendered on every view). A
  // config rewrite runs no application code on the hot path, unlike proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  async rewrites() {
    return {
      beforeFiles: [
        // Either kind of time (asOf: transaction time, on: valid time) takes the page to ./past.
        ...["asOf", "on"].flatMap((key) => [
          { source: "/relations/:slug", has: [{ type: "query" as const, key }], destination: "/relations/:slug/past" },
          { source: "/facts/:id", has: [{ type: "query" as const, key }], destination: "/facts/:id/past" },
          { source: "/countries/:slug", has: [{ type: "query" as const, key }], destination: "/countries/:slug/past" },
        ]),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default config;
