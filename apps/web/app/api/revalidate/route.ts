import { timingSafeEqual } from "node:crypto";
import { primaryWalPosition, problemBody, problemJson, raiseReadFloor, waitForReplicas } from "@dyad/db";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { revalidateSecret } from "@/env";
import { POST_ONLY } from "@/lib/api/read-only-methods";

const ZBody = z.strictObject({ tags: z.array(z.string().min(1).max(200)).min(1).max(100) });

function authorized(header: string | null, secret: string): boolean {
  if (!header) return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Set by cache-handler.mjs: shares revalidations with the other instances (through Redis). */
const SHARED = Symbol.for("dyad.sharedCache");
interface SharedCache {
  enabled: boolean;
  share(tags: string[], now?: boolean): Promise<unknown>;
}

/** How long a revalidation waits for the read replicas to replay the publish. */
const REPLICA_WAIT_MS = 1000;

/**
 * Called after a commit that publishes (see @dyad/db deliverRevalidations), with the cache
 * tags it touched. With read replicas, first the read floor: the primary's WAL position now
 * (past the publish), which no published read may be served below, and a short wait for the
 * replicas to replay it, so the pages expired below render again from replicas that hold the
 * publish (a replica still behind is skipped for the primary). Then the tags: here (the API's
 * answers at once), and through Redis on every other instance, before answering.
 */
export async function POST(request: Request) {
  const configured = revalidateSecret();
  if ("problem" in configured) {
    return problemJson(problemBody(503, "UNAVAILABLE", configured.problem));
  }
  if (!authorized(request.headers.get("authorization"), configured.secret)) {
    return problemJson(
      problemBody(401, "UNAUTHENTICATED", "A valid revalidation secret is required", {
        title: "This needs the revalidation secret",
      }),
    );
  }
  const parsed = ZBody.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return problemJson(problemBody(400, "INVALID", "Send { tags: string[] }"));
  }
  const lsn = await primaryWalPosition();
  if (lsn !== null) {
    raiseReadFloor(lsn);
    await waitForReplicas(lsn, REPLICA_WAIT_MS);
  }
  const shared = (globalThis as { [SHARED]?: SharedCache })[SHARED];
  // Expired here at once (the API's answer cache reads it, lib/api/answer-cache.ts), then in Redis.
  if (shared) {
    try {
      await shared.share(parsed.data.tags, true);
    } catch (error) {
      console.warn(`Could not share a revalidation through Redis: ${(error as Error).message}`);
      return problemJson(problemBody(503, "UNAVAILABLE", "The shared cache state could not be updated"));
    }
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags, shared: Boolean(shared?.enabled) });
}

/** Every other method: 405 with Allow. */
export const { GET, PUT, PATCH, DELETE } = POST_ONLY;
