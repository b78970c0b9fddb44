import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request so that `next build` needs no secret (see env.ts).
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context) {
  // next-auth's client-side log sink: we keep no client logs, and next-auth would answer a body
  // it cannot parse (e.g. one cut at 10 MB) with a 500.
  if ((await context.params).nextauth[0] === "_log") return new Response(null, { status: 204 });
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
