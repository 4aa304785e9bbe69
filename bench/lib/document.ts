/** BENCHMARKS.md: the machine, the date, the commit, then one table per section. */
import type { Machine } from './machine.js';
import type { SectionRun } from './section.js';
import { markdownTable } from './table.js';

export interface RunInfo {
  machine: Machine;
  date: Date;
  load: { start: string; end: string };
  minutes: number;
  command: string;
  sections: SectionRun[];
}

export function benchmarksDocument(run: RunInfo): string {
  const { machine: m } = run;
  const out = [
    '# Benchmarks',
    '',
    `Written by \`${run.command}\` (\`bench/run.ts\`); do not edit by hand. Each figure is the`,
    'median of its rounds, beside its baseline measured in the same run, on the same machine;',
    'the ratio is value / baseline (for figures measured in rounds, the median of the per-round',
    'ratios). On a shared, busy machine times move between runs; ratios move less.',
    '',
    `- date: ${run.date.toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${m.commit}`,
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.ramGB.toFixed(1)} GB RAM, ${m.os}`,
    `- load average (1 / 5 / 15 min): ${run.load.start} at the start, ${run.load.end} at the end`,
    `- Node ${m.node}, ${m.chromium}, ${m.postgres}`,
    `- the sections took ${run.minutes.toFixed(1)} min (after the build)`,
  ];
  for (const { title, rounds, seconds, result } of run.sections) {
    const took = `Rounds per figure: ${rounds}; the section took ${seconds.toFixed(0)} s.`;
    out.push('', `## ${title}`, '', took);
    if (result.rows.length) out.push('', markdownTable(result.rows));
    if (result.notes?.length) out.push('', ...result.notes);
  }
  return `${out.join('\n')}\n`;
}
