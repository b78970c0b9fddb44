import { z } from "zod";

// GitHub's GET /user/emails (scope user:email): every address on the account, each saying whether
// it is the primary one and whether GitHub has verified it.
const ZGitHubEmails = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));

/**
 * The address a GitHub sign-in may use: the account's primary email, only if GitHub verified it.
 * An unverified address could be anyone's (GitHub lets a user add any address), so matching it to
 * an editor account would let a stranger into that account; null refuses the sign-in.
 */
export function verifiedPrimaryEmail(emails: unknown): string | null {
  const parsed = ZGitHubEmails.safeParse(emails);
  if (!parsed.success) return null;
  return parsed.data.find((e) => e.primary && e.verified)?.email ?? null;
}
