import { getDb } from "@dyad/db";
import { GET_ONLY } from "@/lib/api/read-only-methods";

/** Liveness with a database round trip; the start script and CI wait on it. */
export async function GET() {
  await getDb().$queryRaw`SELECT 1`;
  return Response.json({ ok: true });
}

/** Every other method: 405 with Allow. */
export const { POST, PUT, PATCH, DELETE } = GET_ONLY;
