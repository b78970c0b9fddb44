import NextAuth from "next-auth";
import { authOptions } from "../../../../lib/auth/options";

// Options are built per request so that `next build` needs no secret (see env.ts).
type Context = { params: Promise<{ nextauth: string[] }> };
const handler = (request: Request, context: Context) => NextAuth(request as never, context, authOptions());

export { handler as GET, handler as POST };
