import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { revalidateSecret } from "../../../lib/api/env";

const ZBody = z.strictObject({ tags: z.array(z.string().min(1).max(200)).min(1).max(100) });

function authorized(header: string | null, secret: string): boolean {
  if (!header) return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Called by whatever publishes (see @dyad/db notifyPublicSite) with the cache tags it touched. */
export async function POST(request: Request) {
  const configured = revalidateSecret();
  if ("problem" in configured) {
    return Response.json(
      { title: "UNAVAILABLE", status: 503, detail: configured.problem },
      { status: 503, headers: { "content-type": "application/problem+json" } },
    );
  }
  if (!authorized(request.headers.get("authorization"), configured.secret)) {
    return Response.json(
      { title: "UNAUTHENTICATED", status: 401, detail: "A valid revalidation secret is required" },
      { status: 401, headers: { "content-type": "application/problem+json" } },
    );
  }
  const parsed = ZBody.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json(
      { title: "INVALID", status: 400, detail: "Send { tags: string[] }" },
      { status: 400, headers: { "content-type": "application/problem+json" } },
    );
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags });
}
