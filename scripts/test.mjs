// `npm test`: every check the project has, in order, failing on the first broken step.
// Prints a closing `N passed, N failed` line that sums the Node and browser test runners.
import { spawn } from 'node:child_process';

const steps = [
  // First: the Node tests drive Chromium too (end-to-end), not only web-test-runner.
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['node tests', 'npm', ['run', '--silent', 'test:node']],
  // The reference server, as a real process on loopback, on each database engine.
  ['server tests (PGlite)', 'npm', ['run', '--silent', 'test:server']],
  [
    'server tests (PostgreSQL)',
    'bash',
    ['scripts/with-postgres.sh', 'npm', 'run', '--silent', 'test:server'],
  ],
  ['browser tests', 'npm', ['run', '--silent', 'test:browser']],
  // The same files in Debian's Firefox ESR, but those web-test-runner.config.mjs keeps to Chromium.
  ['browser tests (Firefox)', 'npm', ['run', '--silent', 'test:browser:firefox']],
  // Storybook build + every story opened in Chromium (about 25 s).
  ['stories', 'npm', ['run', '--silent', 'test:stories']],
];

let passed = 0;
let failed = 0;

/** Runs one step, mirroring its output, and returns [exit code, output]. */
function run(cmd, args) {
  return new Promise((done) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    const keep = (chunk, stream) => {
      const text = chunk.toString();
      out += text;
      stream.write(text.replace(/^npm warn Unknown user config "nodedir".*\n/gm, ''));
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('close', (code) => done([code ?? 1, out]));
  });
}

/** Adds up the counts the test runners print (node: `ℹ pass N`; web-test-runner: `N passed, N failed`). */
function count(raw) {
  // web-test-runner colours its summary even when FORCE_COLOR=0: strip ANSI codes first.
  // eslint-disable-next-line no-control-regex
  const out = raw.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  for (const m of out.matchAll(/^ℹ pass (\d+)$/gm)) passed += Number(m[1]);
  for (const m of out.matchAll(/^ℹ fail (\d+)$/gm)) failed += Number(m[1]);
  const wtr = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (wtr) {
    passed += Number(wtr[1]);
    failed += Number(wtr[2]);
  }
}

const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const [code, out] = await run(cmd, args);
  count(out);
  console.log(
    `■ ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (code !== 0) {
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
