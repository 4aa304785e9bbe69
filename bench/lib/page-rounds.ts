/**
 * Pages visited in rounds: each page once per round, after one warm-up round, so a busy
 * machine slows a page and its baseline alike; then medians and per-round ratios.
 */
import type { PageBench, PageVisit } from './cdn-pages.js';
import { median } from './measure.js';
import type { Row } from './rows.js';

export type Samples = Map<string, PageVisit[]>;

/** Visits every path once per round, `rounds` rounds after a warm-up one (traced: `trace`). */
export async function visitRounds(
  bench: PageBench,
  paths: string[],
  rounds: number,
  trace?: string[],
): Promise<Samples> {
  const seen: Samples = new Map(paths.map((p) => [p, []]));
  for (let round = 0; round <= rounds; round++)
    for (const path of paths) {
      const visit = await bench.visit(path, trace);
      if (round > 0) seen.get(path)!.push(visit);
    }
  return seen;
}

export type Pick = (visit: PageVisit) => number;
export const time: Pick = (v) => v.ms;
export const heapMB: Pick = (v) => v.heap / 1e6;
export const nodes: Pick = (v) => v.nodes;
export const figure =
  (name: string): Pick =>
  (v) => {
    const value = v.figures[name];
    if (value === undefined) throw new Error(`the page did not report window.__figures.${name}`);
    return value;
  };

/** The median of `pick` over a path's rounds. */
export const medianOf = (samples: Samples, path: string, pick: Pick) =>
  median(samples.get(path)!.map(pick));

/** The median, over rounds, of `pick` of `path` over `pick` of `base` in the same round. */
export function roundRatio(samples: Samples, path: string, base: string, pick: Pick): number {
  const baseline = samples.get(base)!;
  return median(samples.get(path)!.map((v, i) => pick(v) / pick(baseline[i]!)));
}

/** A table row for `path` beside `base`, both read from the same rounds. */
export function compareRow(
  samples: Samples,
  row: Omit<Row, 'value' | 'baseline' | 'ratio'>,
  path: string,
  base: { path: string; label: string },
  pick: Pick,
): Row {
  return {
    ...row,
    value: medianOf(samples, path, pick),
    baseline: { label: base.label, value: medianOf(samples, base.path, pick) },
    ratio: roundRatio(samples, path, base.path, pick),
  };
}
