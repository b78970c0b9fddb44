import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@dyad/db"],
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 when a role is too low.
  experimental: {
    authInterrupts: true,
    // Articles for the import page are pasted or uploaded through a server action.
    serverActions: { bodySizeLimit: "12mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default config;
