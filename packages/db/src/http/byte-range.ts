// Range requests (RFC 9110 14): one byte range of a download, so a large dump that broke off can
// resume. Several ranges in one request (multipart/byteranges) are answered with the whole file,
// which RFC 9110 allows ("a server MAY ignore the Range header field").

export type RangeAnswer = { kind: "whole" } | { kind: "part"; start: number; end: number } | { kind: "unsatisfiable" };

/**
 * What to send for a Range header against a representation of `size` bytes: the whole of it
 * (no header, a unit other than bytes, several ranges, or a malformed one, all ignorable), a
 * part (`start`..`end` inclusive, clipped to the end), or 416 when no byte of it exists.
 */
export function byteRange(header: string | null, size: number): RangeAnswer {
  if (!header) return { kind: "whole" };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return { kind: "whole" };
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return { kind: "whole" };
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "part", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return { kind: "whole" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "part", start, end };
}
