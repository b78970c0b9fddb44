import { z } from "zod";
import type { Actor } from "../actor";
import { getDb } from "../client";
import { AppError } from "../errors";
import { normalizeEmail } from "../users/normalize-email";
import { hashPassword, verifyPassword } from "../users/password";
import { forgetLoginAttempt, markLoginSucceeded, recordLoginFailure, reserveLoginAttempt } from "./login-throttle";

const ZSignIn = z.object({
  email: z.string().max(320).transform(normalizeEmail).pipe(z.string().min(1)),
  password: z.string().min(1).max(200),
  ip: z.string().trim().min(1).max(100).catch("unknown"),
});

const WRONG = "That email and password do not match an account";

// Verifying against a real hash when the account does not exist keeps the answer as slow as for
// a real account, so timing does not tell which emails have accounts.
let dummyHash: Promise<string> | undefined;

export interface SignedInUser {
  actor: Actor & { id: string };
  email: string;
  sessionVersion: number;
}

/**
 * Check an email and password, slowed and then locked after repeated failures per account and
 * per address (see throttle-policy.ts). Every refusal is an UNAUTHENTICATED AppError whose
 * message can be shown as is; `details.reason` is "LOCKED" or "SLOWED" when throttled.
 */
export async function signInWithPassword(options: { email: string; password: string; ip: string }) {
  const parsed = ZSignIn.safeParse(options);
  if (!parsed.success) throw new AppError("UNAUTHENTICATED", "Enter your email and password");
  const { email, password, ip } = parsed.data;
  const attempt = await reserveLoginAttempt(email, ip);

  const user = await getDb().user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      role: true,
      passwordHash: true,
      disabledAt: true,
      sessionVersion: true,
      email: true,
    },
  });
  dummyHash ??= hashPassword("no such account, but the same work");
  const hash = user?.passwordHash ?? (await dummyHash);
  const ok = await verifyPassword(hash, password).catch(() => false);
  if (!user?.passwordHash || !ok) {
    await recordLoginFailure(attempt, options.email);
    throw new AppError("UNAUTHENTICATED", WRONG);
  }
  if (user.disabledAt) {
    // The right password is not a guess: it must not count towards a lock. Said only to someone
    // who knows the password, so it reveals nothing to a guesser.
    await forgetLoginAttempt(attempt.id);
    throw new AppError("UNAUTHENTICATED", "This account is disabled: ask an administrator");
  }

  const actor = { id: user.id, name: user.name, role: user.role };
  await markLoginSucceeded(attempt, actor);
  const signedIn: SignedInUser = {
    actor,
    email: user.email,
    sessionVersion: user.sessionVersion,
  };
  return signedIn;
}
