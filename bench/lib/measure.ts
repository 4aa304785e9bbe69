/** Timing helpers for benchmarks: medians of repeated runs, after warm-up runs. */
import { performance } from 'node:perf_hooks';

/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface MeasureOptions {
  /** Measured runs (default 7). */
  runs?: number;
  /** Runs thrown away first, so the JIT has compiled the hot path (default 2). */
  warmup?: number;
}

/** Runs `fn` `warmup + runs` times and returns the median duration of the measured runs, in ms. */
export async function measure(
  fn: () => unknown,
  { runs = 7, warmup = 2 }: MeasureOptions = {},
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    await fn();
    if (i >= warmup) times.push(performance.now() - start);
  }
  return median(times);
}
