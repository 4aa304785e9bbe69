/** Renders benchmark rows as Markdown: one table per section, the same columns in each. */
import { ratioOf, verdict, type Goal, type Row, type Unit } from './rows.js';

const DIGITS: Record<Unit, number> = { kB: 1, MB: 1, ms: 1, µs: 0, 'req/s': 0, nodes: 0, '×': 2 };

/** `12.3 kB`, `1,234 req/s`, `0.25×` (thousands separated, digits by unit). */
export function formatValue(value: number, unit: Unit): string {
  const text = value.toLocaleString('en', {
    minimumFractionDigits: DIGITS[unit],
    maximumFractionDigits: DIGITS[unit],
  });
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

/** `≤ 60.0 kB (stretch 45.0 kB)`, `≤ 3.00× baseline`, `≥ 5,000 req/s`. */
export function formatGoal(goal: Goal, unit: Unit): string {
  const sign = goal.min !== undefined ? '≥' : '≤';
  const limit = goal.min ?? goal.max;
  if (limit === undefined) return '';
  const show = (n: number) =>
    goal.on === 'ratio' ? `${formatValue(n, '×')}` : formatValue(n, unit);
  const stretch = goal.stretch !== undefined ? ` (stretch ${show(goal.stretch)})` : '';
  return `${sign} ${show(limit)}${goal.on === 'ratio' ? ' baseline' : ''}${stretch}`;
}

export const COLUMNS = ['measure', 'value', 'baseline', 'baseline value', 'ratio', 'goal', 'met?'];

/** The cells of one row, in the order of COLUMNS. */
export function cells(row: Row): string[] {
  const ratio = ratioOf(row);
  return [
    row.measure,
    formatValue(row.value, row.unit),
    row.baseline?.label ?? '',
    row.baseline ? formatValue(row.baseline.value, row.unit) : '',
    ratio === undefined ? '' : formatValue(ratio, '×'),
    row.goal ? formatGoal(row.goal, row.unit) : '',
    verdict(row),
  ];
}

/** A cell as Markdown text: `|` would end it, `<ck-agenda>` would be read as HTML. */
const escape = (cell: string) => cell.replaceAll('|', '\\|').replaceAll('<', '\\<');
const line = (cols: string[]) => `| ${cols.map(escape).join(' | ')} |`;

/** A Markdown table of `rows` (numbers right-aligned). */
export function markdownTable(rows: readonly Row[]): string {
  return [
    line(COLUMNS),
    '|---|---:|---|---:|---:|---|---|',
    ...rows.map((row) => line(cells(row))),
  ].join('\n');
}

/** The same columns as an aligned plain-text table, for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const all = [COLUMNS, ...rows.map(cells)];
  const widths = all[0]!.map((_, col) => Math.max(...all.map((r) => r[col]!.length)));
  const numeric = new Set([1, 3, 4]);
  const render = (r: string[]) =>
    r
      .map((cell, col) =>
        numeric.has(col) ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!),
      )
      .join('  ')
      .trimEnd();
  return [
    render(all[0]!),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...all.slice(1).map(render),
  ].join('\n');
}
