import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

const globalForDb = globalThis as { dyadDb?: PrismaClient };

/** The one Prisma client of this process, created on first use so builds need no database. */
export function getDb(): PrismaClient {
  if (!globalForDb.dyadDb) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: start Dyad with `pnpm start`, which sets it");
    }
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 5);
    globalForDb.dyadDb = new PrismaClient({
      adapter: new PrismaPg({ connectionString, max }),
      // The embedded server runs one transaction at a time, so a transaction may queue behind
      // others for a while before it starts; Prisma's defaults (2 s to start, 5 s to finish)
      // would turn that queueing into errors.
      transactionOptions: { maxWait: 20_000, timeout: 30_000 },
    });
  }
  return globalForDb.dyadDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.dyadDb?.$disconnect();
  globalForDb.dyadDb = undefined;
}
