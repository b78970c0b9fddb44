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
    .refine(...noNul)
    .refine(...noHiddenControls);

export const noNul = [(s: string) => !s.includes("\u0000"), "Text cannot contain NUL characters"] as const;

/**
 * Characters that make text read differently from what is stored ("Trojan Source"): the bidi
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) reorder what follows
 * them, and the zero-width space, word joiner and byte-order mark (U+200B, U+2060, U+FEFF) hide
 * inside words, so two statements or names that look identical differ. The zero-width non-joiner
 * and joiner (U+200C, U+200D) are allowed: Persian, Hindi and other scripts need them to spell
 * words (country names in Persian contain U+200C), and they change shaping, not order.
 */
export const HIDDEN_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/;

export const noHiddenControls = [
  (s: string) => !HIDDEN_CONTROLS.test(s),
  "Text cannot contain invisible direction controls (U+202A–U+202E, U+2066–U+2069) or zero-width spaces (U+200B, U+2060, U+FEFF): remove them",
] as const;
