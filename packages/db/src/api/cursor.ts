import type { z } from "zod";
import { AppError } from "../errors";

/**
 * Opaque keyset cursors: base64url JSON naming the list they belong to and the position after
 * the last item returned. A cursor of a current read also pins the instant of its first page,
 * so paging through a list while facts are being published still gives one consistent answer.
 */
export function encodeCursor(list: string, position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify({ list, ...position })).toString("base64url");
}

const badCursor = () =>
  new AppError("INVALID", "cursor: not a cursor of this list; start again without one, or use the next link given");

/** Decode a cursor given by a caller; anything malformed or from another list is INVALID, never a 500. */
export function decodeCursor<S extends z.ZodType>(list: string, cursor: string, schema: S): z.output<S> {
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw badCursor();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  if (typeof value !== "object" || value === null || (value as { list?: unknown }).list !== list) throw badCursor();
  const { list: _list, ...position } = value as Record<string, unknown>;
  const parsed = schema.safeParse(position);
  if (!parsed.success) throw badCursor();
  return parsed.data;
}
