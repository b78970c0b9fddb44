// `pnpm start` / `pnpm dev`: Next.js behind the server that records client addresses and checks
// server-action calls before Next.js reads them (serve-next.mjs, action-guard.mjs).
import { serveNext } from "@dyad/db/serve-next";

await serveNext({ dir: import.meta.dirname, defaultPort: 3001, guardActions: true });
