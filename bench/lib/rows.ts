/**
 * One figure of the benchmark table: what was measured, its baseline measured in the same
 * run, and the goal it is held to. Sections return rows; `table.ts` renders them.
 */

/** Units as shown; values are stored in these units (kB = 1,000 bytes of gzip -9). */
export type Unit = 'kB' | 'MB' | 'ms' | 'µs' | 'req/s' | 'nodes' | '×';

/**
 * A goal on the value (`on: 'value'`, the default) or on the ratio to the baseline. `max`:
 * lower is better; `min`: higher is better. `stretch` is the further goal, same direction.
 */
export interface Goal {
  max?: number;
  min?: number;
  stretch?: number;
  on?: 'value' | 'ratio';
}

export interface Row {
  section: string;
  measure: string;
  value: number;
  unit: Unit;
  baseline?: { label: string; value: number };
  /**
   * Value over baseline. Sections that measure in rounds give the median of each round's
   * ratio (steadier on a busy machine than a ratio of medians); otherwise value / baseline.
   */
  ratio?: number;
  goal?: Goal;
}

export type Verdict = 'stretch met' | 'met' | 'missed' | '';

/** The row's ratio: the one measured, or value / baseline value. */
export function ratioOf(row: Row): number | undefined {
  if (row.ratio !== undefined) return row.ratio;
  if (!row.baseline || row.baseline.value === 0) return undefined;
  return row.value / row.baseline.value;
}

/** Whether the row meets its goal, and its stretch goal; '' without a goal. */
export function verdict(row: Row): Verdict {
  const { goal } = row;
  if (!goal) return '';
  const figure = goal.on === 'ratio' ? ratioOf(row) : row.value;
  if (figure === undefined || !Number.isFinite(figure)) return 'missed';
  const within = (limit: number) => (goal.min !== undefined ? figure >= limit : figure <= limit);
  const limit = goal.min ?? goal.max;
  if (limit === undefined) return '';
  if (goal.stretch !== undefined && within(goal.stretch)) return 'stretch met';
  return within(limit) ? 'met' : 'missed';
}
