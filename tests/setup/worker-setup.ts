import { inject } from "vitest";

// Domain operations read DATABASE_URL on first use: point them at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = "3";
