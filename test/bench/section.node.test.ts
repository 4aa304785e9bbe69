/**
 * A benchmark section that fails (no build, no PostgreSQL…) does not end `npm run bench`: its
 * error is kept for the exit code, and BENCHMARKS.md says it was not measured, with why.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { benchmarksDocument } from '../../bench/lib/document.js';
import { runSection, type Section } from '../../bench/lib/section.js';

const section = (run: Section['run']): Section => ({
  name: 'server',
  title: 'The server',
  rounds: 3,
  run,
});

describe('a benchmark section run', () => {
  it('gives the rows of a section that works, with the rounds it was given', async () => {
    let asked = 0;
    const done = await runSection(
      section(async ({ rounds }) => {
        asked = rounds;
        return { rows: [{ section: 'server', measure: 'x', value: 1, unit: 'ms' }] };
      }),
      5,
    );
    assert.equal(asked, 5);
    assert.equal(done.rounds, 5);
    assert.equal(done.error, undefined);
    assert.equal(done.result.rows.length, 1);
  });

  it('keeps the error of a section that throws, and writes why it was not measured', async () => {
    const done = await runSection(
      section(async () => {
        throw new Error('bash scripts/with-postgres.sh … exited with 1');
      }),
      3,
    );
    assert.match(done.error!.message, /exited with 1/);
    assert.deepEqual(done.result.rows, []);
    const text = benchmarksDocument({
      machine: {
        cpu: 'x',
        cores: 2,
        ramGB: 1,
        os: 'x',
        node: 'x',
        chromium: 'x',
        postgres: 'x',
        commit: 'x',
      },
      date: new Date(0),
      load: { start: '0', end: '0' },
      minutes: 1,
      command: 'npm run bench',
      sections: [done],
    });
    assert.match(
      text,
      /## The server\n\nRounds per figure: 3; the section took 0 s\.\n\n\*\*Not measured\*\*: the section failed: bash scripts\/with-postgres\.sh … exited with 1\n$/,
    );
  });
});
