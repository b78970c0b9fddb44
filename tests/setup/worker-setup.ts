import { inject } from "vitest";

// Domain operations read DATABASE_URL on first use: point them at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = "3";
// Publishing from a test revalidates the running public site, as the editor app does.
process.env.DYAD_WEB_URL = inject("webUrl");
process.env.DYAD_REVALIDATE_SECRET = inject("revalidateSecret");
