// `pnpm start` / `pnpm dev`: Next.js behind the server that records client addresses (serve-next.mjs).
import { serveNext } from "@dyad/db/serve-next";

await serveNext({ dir: import.meta.dirname, defaultPort: 3001 });
