import { AppError } from "@dyad/db";

/**
 * A list page's known search params: as given (`picked`, for the list read to validate), as a
 * query string for links (`kept`), and one param as a form field's default (`value`).
 */
export function listSearch<K extends string>(
  keys: readonly K[],
  search: Record<string, string | string[] | undefined>,
) {
  const picked: Partial<Record<K, string | string[]>> = {};
  const kept = new URLSearchParams();
  for (const key of keys) {
    const value = search[key];
    if (value === undefined || value === "") continue;
    picked[key] = value;
    for (const v of Array.isArray(value) ? value : [value]) kept.append(key, v);
  }
  const value = (key: K) => {
    const given = picked[key];
    return typeof given === "string" ? given : "";
  };
  return { picked, kept, value };
}

/** The list read's answer, or its INVALID error as a value: filters refused are said on the page, not thrown. */
export function listOrRefusal<T>(read: Promise<T>): Promise<T | AppError> {
  return read.catch((error) => {
    if (error instanceof AppError && error.code === "INVALID") return error;
    throw error;
  });
}
