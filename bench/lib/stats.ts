export interface Summary {
  median: number;
  p99: number;
  mean: number;
  n: number;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return {
    median: at(0.5),
    p99: at(0.99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    n: samples.length,
  };
}

/**
 * Time several variants of the same work, interleaved call by call, so a noisy neighbour slows
 * every variant alike and the ratios between them stay meaningful. Milliseconds.
 */
export async function interleaved<K extends string>(
  variants: Record<K, (i: number) => Promise<unknown>>,
  iterations: number,
  warmup = Math.min(20, iterations),
): Promise<Record<K, Summary>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < warmup + iterations; i++) {
    for (const name of names) {
      const started = performance.now();
      await variants[name](i);
      if (i >= warmup) samples[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])])) as Record<K, Summary>;
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
