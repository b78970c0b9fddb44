/**
 * A "version" of a public page is the instant of a publication, rounded up to the millisecond:
 * publication.at has microseconds, URLs and JavaScript dates have milliseconds, and rounding up
 * keeps "as of that millisecond" inclusive of the publication (at <= asOf).
 */
export interface VersionPosition {
  /** The version in effect at the instant, or null before the first publication. */
  current: string | null;
  previous: string | null;
  next: string | null;
}

/** Where an instant falls among ascending version instants (ISO strings), by binary search. */
export function locateVersion(versions: readonly string[], at: Date): VersionPosition {
  const t = at.getTime();
  let lo = 0;
  let hi = versions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Date.parse(versions[mid] as string) <= t) lo = mid + 1;
    else hi = mid;
  }
  // lo = number of versions at or before t.
  return {
    current: versions[lo - 1] ?? null,
    previous: versions[lo - 2] ?? null,
    next: versions[lo] ?? null,
  };
}

export const msToIso = (ms: number | string) => new Date(Number(ms)).toISOString();
