import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@dyad/db"],
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  poweredByHeader: false,
};

export default config;
