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
    globalForDb.dyadDb = new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
  }
  return globalForDb.dyadDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.dyadDb?.$disconnect();
  globalForDb.dyadDb = undefined;
}
