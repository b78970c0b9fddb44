import { Prisma } from "../generated/prisma/client";

/**
 * SQL: true when the revision `column` names was not taken down. Every public read that serves a
 * revision's content goes through this (or Prisma's `redaction: null`), so a takedown removes the
 * text from fact pages, API reads, the changes feed, sources and releases alike. One primary-key
 * probe per revision into a table that stays tiny.
 */
export const notRedacted = (column: string) =>
  Prisma.raw(`NOT EXISTS (SELECT 1 FROM redaction x WHERE x.revision_id = ${column})`);
