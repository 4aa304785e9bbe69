/**
 * `npm run bench`: every benchmark in one run, one table per section (the same columns),
 * written to BENCHMARKS.md with the machine, the date and the commit, and printed.
 *   node --conditions=source --import tsx bench/run.ts [--only weight,feed,lists,map,pledge,server] [--rounds N] [--out FILE]
 * Needs a build (`npm run bench` builds first). Not part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseRunArgs } from './lib/args.js';
import { benchmarksDocument, type RunInfo } from './lib/document.js';
import { describeMachine, loadAverage } from './lib/machine.js';
import { verdict } from './lib/rows.js';
import { runSection } from './lib/section.js';
import { textTable } from './lib/table.js';
import { SECTIONS } from './sections/index.js';

const options = (() => {
  try {
    return parseRunArgs(
      process.argv.slice(2),
      SECTIONS.map((s) => s.name),
    );
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exit(2);
  }
})();
const chosen = SECTIONS.filter((s) => !options.only || options.only.includes(s.name));
const started = performance.now();
const date = new Date();
const loadAtStart = loadAverage();
const results: RunInfo['sections'] = [];

for (const section of chosen) {
  const rounds = options.rounds ?? section.rounds;
  console.error(`bench: ${section.name} (${rounds} rounds)…`);
  const done = await runSection(section, rounds);
  results.push(done);
  if (done.error) {
    console.error(`bench: ${section.name} failed:`, done.error);
    process.exitCode = 1;
  } else console.log(`\n${section.title} (${rounds} rounds)\n${textTable(done.result.rows)}`);
}

const minutes = (performance.now() - started) / 60_000;
const run: RunInfo = {
  machine: describeMachine(),
  date,
  load: { start: loadAtStart, end: loadAverage() },
  minutes,
  command: 'npm run bench',
  sections: results,
};
const held = results.flatMap((s) => s.result.rows).filter((r) => r.goal);
const missed = held.filter((r) => verdict(r) === 'missed');
console.log(`\nTook ${minutes.toFixed(1)} min; load average ${run.load.start} → ${run.load.end}.`);
if (options.out) {
  writeFileSync(options.out, benchmarksDocument(run));
  console.log(`Written to ${options.out}.`);
}
console.log(
  `Goals: ${held.length - missed.length} of ${held.length} met${missed.length ? `; missed: ${missed.map((r) => r.measure).join('; ')}` : ''}.`,
);
