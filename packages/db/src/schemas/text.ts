import { z } from "zod";

/**
 * Trimmed, non-empty text of at most `max` characters. PostgreSQL text cannot hold NUL, so a NUL
 * is refused here with a clear message instead of failing in the database.
 */
export const ZText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(...noNul);

export const noNul = [(s: string) => !s.includes("\u0000"), "Text cannot contain NUL characters"] as const;
