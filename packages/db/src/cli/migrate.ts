import { migrate, resolveDatabase } from "../dev/database";

const db = await resolveDatabase(console.log);
try {
  await migrate(db.url);
  console.log("Migrations applied.");
} finally {
  await db.stop();
}
