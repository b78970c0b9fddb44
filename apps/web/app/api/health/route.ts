import { getDb } from "@dyad/db";

/** Liveness with a database round trip; the start script and CI wait on it. */
export async function GET() {
  await getDb().$queryRaw`SELECT 1`;
  return Response.json({ ok: true });
}
