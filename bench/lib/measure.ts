/** Timing helpers for benchmarks: medians of repeated runs, after warm-up runs. */
import { performance } from 'node:perf_hooks';

/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface MeasureOptions {
  /** Measured rounds (default 7). */
  runs?: number;
  /** Rounds thrown away first, so the JIT has compiled the hot paths (default 2). */
  warmup?: number;
}

/**
 * Per task, medians over rounds: CPU time of this process in ms (steadier than wall time on
 * a busy machine), its ratio to the baseline's in the same round, and wall time in ms.
 */
export type Measures<K extends string> = Record<K, { ms: number; ratio: number; wallMs: number }>;

/** CPU time (user + system) this process spent so far, in ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Times each task once per round, rounds after rounds, and returns medians. Tasks of one
 * round run back to back, so a busy machine slows the baseline and the others alike: the
 * per-round ratio to `baseline` is steadier than a ratio of medians.
 */
export async function measureRounds<K extends string>(
  tasks: Record<K, () => unknown>,
  baseline: NoInfer<K>,
  { runs = 7, warmup = 2 }: MeasureOptions = {},
): Promise<Measures<K>> {
  const names = Object.keys(tasks) as K[];
  const times = new Map<K, number[]>(names.map((name) => [name, []]));
  const walls = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of names) {
      const [cpu, wall] = [cpuMs(), performance.now()];
      await tasks[name]();
      if (round < warmup) continue;
      times.get(name)!.push(cpuMs() - cpu);
      walls.get(name)!.push(performance.now() - wall);
    }
  }
  const base = times.get(baseline)!;
  return Object.fromEntries(
    names.map((name) => {
      const own = times.get(name)!;
      const ratio = median(own.map((t, i) => t / base[i]!));
      return [name, { ms: median(own), ratio, wallMs: median(walls.get(name)!) }];
    }),
  ) as Measures<K>;
}
