import { disconnectDb } from "../client";
import { migrate, resolveDatabase } from "../dev/database";
import { printSeedResult } from "../seed/print-seed-result";
import { seed } from "../seed/seed";

const db = await resolveDatabase(console.log);
process.env.DATABASE_URL = db.url;
try {
  await migrate(db.url);
  printSeedResult(
    await seed({
      adminEmail: process.env.DYAD_ADMIN_EMAIL ?? "admin@dyad.local",
      adminPassword: process.env.DYAD_ADMIN_PASSWORD,
    }),
  );
} finally {
  await disconnectDb();
  await db.stop();
}
