import fc from "fast-check";

/**
 * Arbitraries for hostile input: strings that break parsers, overflow limits, smuggle NUL or
 * control characters, look like SQL or paths, or are the wrong type altogether.
 */

const weirdStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "%00",
  "%",
  "%zz",
  "%E0%A4%A",
  "../../etc/passwd",
  "..%2F..%2F",
  "' OR 1=1 --",
  '"; DROP TABLE fact; --',
  "<script>alert(1)</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  "${7*7}",
  "{{7*7}}",
  "\\",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "9".repeat(40),
  "-0",
  "0x10",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "\uFEFF",
  "\uD800",
  "\u202E",
  "😀".repeat(50),
  "0000-00-00",
  "2024-02-30",
  "2024-13-01",
  "2024-00",
  "99999-01-01",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59.999999Z",
  "2024-01-01T25:61:61Z",
  "2024-01-01T00:00:00",
  "2024-01-01T00:00:00+99:00",
  "1970-01-01T00:00:00.0000000001Z",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "g0000000-0000-0000-0000-000000000000",
  "latest",
  "dyad_",
  "Bearer",
  "*",
  'W/"x"',
  '"',
  '""',
];

export const weirdString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...weirdStrings) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.repeat(Math.ceil(1500 / s.length))) },
  { weight: 1, arbitrary: fc.integer({ min: 1001, max: 2500 }).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.uuid().map((u) => u) },
);

/** Any JSON value, with weird strings inside. */
export const weirdJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, -1e-308),
    weirdString,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(weirdString, tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** A value of the wrong type for a field that wants a string (or the wrong string). */
export const notAString: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** A string with NUL in it, or one far longer than any limit. */
export const invalidText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`),
  fc.integer({ min: 20_001, max: 60_000 }).map((n) => "y".repeat(n)),
);

/** Headers a hostile client might send with anything. */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      "if-match": weirdString,
      "if-none-match": weirdString,
      accept: fc.constantFrom("*/*", "text/html", "application/json", "x/y;q=nope", "", "application/problem+json"),
      "accept-encoding": fc.constantFrom("gzip", "br", "identity;q=0", "*;q=0", "nonsense"),
      range: fc.constantFrom("bytes=0-10", "bytes=-1", "bytes=99999999-", "lines=1-2", "bytes=a-b"),
      "content-type": fc.constantFrom(
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=utf-16",
        "application/merge-patch+json",
        "application/jsonx",
        "",
      ),
    },
    { requiredKeys: [] },
  )
  .map((h) =>
    // Header values must be ByteStrings without CR/LF; anything else is the client's own error.
    Object.fromEntries(
      Object.entries(h)
        .map(([k, v]): [string, string] => [k, String(v ?? "").replace(/[^\x20-\x7e]/g, "?")])
        .filter(([, v]) => v.length < 1500),
    ),
  );

/** Lone surrogates replaced, so the string can be percent-encoded. */
export const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

/** Path segments whose percent-encoding does not decode. */
export const MALFORMED_PERCENT = ["%zz", "%E0%A4%A", "%", "%C3%28", "%ED%A0%80"];

/** A path segment: junk, a well-formed but unknown id, or a real one. */
export function pathSegment(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: weirdString.map((s) => encodeURIComponent(wellFormed(s.slice(0, 500)))) },
    // Not "..", "." or "%2e%2e" (the client normalises them away, leaving /api/v1).
    { weight: 1, arbitrary: fc.constantFrom("a%2Fb", "%00", "%20", "%C3%A9", "%F0%9F%98%80", "a;b", "a,b") },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_PERCENT) },
    { weight: 1, arbitrary: fc.uuid().map((u) => u) },
    { weight: 2, arbitrary: fc.constantFrom(...real) },
  );
}

/** A query string over the given keys (and unknown ones), with repeats and junk values. */
export function queryString(keys: string[], good: Record<string, string[]> = {}): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(keys.length ? keys : ["asOf"])) },
    { weight: 1, arbitrary: weirdString },
  );
  const value = (k: string) =>
    fc.oneof(
      { weight: 3, arbitrary: weirdString },
      { weight: 1, arbitrary: fc.constantFrom(...((Object.hasOwn(good, k) ? good[k] : undefined) ?? [""])) },
    );
  return fc
    .array(
      key.chain((k) => value(k).map((v) => [k, v] as const)),
      { maxLength: 4 },
    )
    .map((pairs) => {
      if (!pairs.length) return "";
      const params = new URLSearchParams();
      for (const [k, v] of pairs) params.append(k, v);
      // At most 6 KB: longer request lines are refused by Node (431) before the app sees them.
      return `?${params.toString()}`.slice(0, 6000);
    });
}
