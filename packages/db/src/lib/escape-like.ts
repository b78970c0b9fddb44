/**
 * Text typed by a user, made literal inside a LIKE/ILIKE pattern (PostgreSQL's default escape
 * is `\`). Prisma's `contains`/`startsWith`/`endsWith` filters are LIKE patterns and escape
 * nothing, so `%` or `_` typed into a filter would otherwise match anything.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
