/**
 * The benchmark table (bench/lib): goals met, missed or met at their stretch, ratios beside
 * their baseline, the Markdown BENCHMARKS.md is made of, and the runner's options.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRunArgs } from '../../bench/lib/args.js';
import { benchmarksDocument } from '../../bench/lib/document.js';
import { verdict, type Row } from '../../bench/lib/rows.js';
import { cells, markdownTable } from '../../bench/lib/table.js';

const weight = (value: number): Row => ({
  section: 'weight',
  measure: 'ck-agenda alone',
  value,
  unit: 'kB',
  baseline: { label: 'bare Lit element page', value: 6 },
  goal: { max: 30, stretch: 22 },
});

describe('benchmark rows', () => {
  it('say whether a "lower is better" goal is met, met at its stretch or missed', () => {
    assert.equal(verdict(weight(35)), 'missed');
    assert.equal(verdict(weight(30)), 'met');
    assert.equal(verdict(weight(21.9)), 'stretch met');
  });

  it('hold a "higher is better" goal (throughput) the other way round', () => {
    const rps = (value: number): Row => ({
      section: 'server',
      measure: 'PGlite: GET events.json → 200, throughput',
      value,
      unit: 'req/s',
      goal: { min: 5000 },
    });
    assert.equal(verdict(rps(4999)), 'missed');
    assert.equal(verdict(rps(8000)), 'met');
  });

  it('hold a goal on the ratio to the baseline, the measured one first', () => {
    const row: Row = {
      section: 'lists',
      measure: '<ck-member-list> → first screen',
      value: 300,
      unit: 'ms',
      baseline: { label: 'plain-DOM list', value: 1500 },
      goal: { max: 0.3, stretch: 0.1, on: 'ratio' },
    };
    assert.equal(verdict(row), 'met'); // 300 / 1500 = 0.2
    // The median of per-round ratios wins over value / baseline when a section measured it.
    assert.equal(verdict({ ...row, ratio: 0.35 }), 'missed');
    assert.equal(verdict({ ...row, ratio: 0.08 }), 'stretch met');
    const { baseline: _, ...alone } = row;
    assert.equal(verdict(alone), 'missed', 'a ratio goal without a baseline cannot be met');
  });

  it('render each figure beside its baseline, the ratio, the goal and the verdict', () => {
    assert.deepEqual(cells(weight(35.04)), [
      'ck-agenda alone',
      '35.0 kB',
      'bare Lit element page',
      '6.0 kB',
      '5.84×',
      '≤ 30.0 kB (stretch 22.0 kB)',
      'missed',
    ]);
    const rps: Row = {
      section: 'server',
      measure: '<ck-x> POST pledges | 201',
      value: 1958.4,
      unit: 'req/s',
      baseline: { label: 'bare node:http', value: 15581 },
      ratio: 0.126,
      goal: { min: 500 },
    };
    assert.deepEqual(cells(rps).slice(1), [
      '1,958 req/s',
      'bare node:http',
      '15,581 req/s',
      '0.13×',
      '≥ 500 req/s',
      'met',
    ]);
    const table = markdownTable([rps]).split('\n');
    assert.equal(table.length, 3);
    assert.equal(
      table[2],
      '| \\<ck-x> POST pledges \\| 201 | 1,958 req/s | bare node:http | 15,581 req/s | 0.13× | ≥ 500 req/s | met |',
    );
  });

  it('leave the baseline, ratio, goal and verdict empty for a figure without them', () => {
    const row: Row = { section: 'weight', measure: 'all six tags', value: 76.5, unit: 'kB' };
    assert.deepEqual(cells(row), ['all six tags', '76.5 kB', '', '', '', '', '']);
  });
});

describe('BENCHMARKS.md', () => {
  it('names the machine, the date, the commit and the rounds, then one table per section', () => {
    const text = benchmarksDocument({
      machine: {
        cpu: 'AMD EPYC',
        cores: 2,
        ramGB: 25.3,
        os: 'Debian GNU/Linux 12',
        node: 'v20.20.2',
        chromium: 'Chromium 156.0',
        postgres: 'postgres (PostgreSQL) 15.18',
        commit: 'cc04ecc',
      },
      date: new Date('2026-12-01T10:52:40.123Z'),
      load: { start: '4.02 / 4.75 / 3.56', end: '4.42 / 4.82 / 3.59' },
      minutes: 6.25,
      command: 'npm run bench',
      sections: [
        {
          title: 'Page weight',
          rounds: 1,
          seconds: 2.4,
          result: { rows: [weight(35)], notes: ['A note.'] },
        },
      ],
    });
    assert.match(text, /date: 2026-12-01T10:52:40Z, commit cc04ecc/);
    assert.match(text, /AMD EPYC, 2 cores, 25\.3 GB RAM, Debian GNU\/Linux 12/);
    assert.match(text, /4\.02 \/ 4\.75 \/ 3\.56 at the start, 4\.42 \/ 4\.82 \/ 3\.59 at the end/);
    assert.match(text, /Node v20\.20\.2, Chromium 156\.0, postgres \(PostgreSQL\) 15\.18/);
    assert.match(text, /the sections took 6\.3 min \(after the build\)/);
    assert.match(
      text,
      /## Page weight\n\nRounds per figure: 1; the section took 2 s\.\n\n\| measure \|.*\n\|---.*\n\| ck-agenda alone \| 35\.0 kB \|.*\| missed \|\n\nA note\.\n$/,
    );
  });
});

describe('bench/run.ts options', () => {
  const sections = ['weight', 'feed', 'server'];
  it('a full run writes BENCHMARKS.md; --only runs some sections and writes only to --out', () => {
    assert.deepEqual(parseRunArgs([], sections), {
      only: undefined,
      rounds: undefined,
      out: 'BENCHMARKS.md',
    });
    assert.deepEqual(parseRunArgs(['--only', 'weight,feed', '--only', 'server'], sections), {
      only: ['weight', 'feed', 'server'],
      rounds: undefined,
      out: undefined,
    });
    assert.deepEqual(parseRunArgs(['--only', 'feed', '--rounds', '3', '--out', 'x.md'], sections), {
      only: ['feed'],
      rounds: 3,
      out: 'x.md',
    });
  });
  it('names the sections when --only names an unknown one, and refuses rounds below 1', () => {
    assert.throws(
      () => parseRunArgs(['--only', 'maps'], sections),
      /--only maps: unknown section \(sections: weight, feed, server\)/,
    );
    assert.throws(() => parseRunArgs(['--rounds', '0'], sections), /--rounds 0/);
    assert.throws(() => parseRunArgs(['--rounds', 'two'], sections), /--rounds two/);
  });
});
