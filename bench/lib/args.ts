/**
 * The runner's options: `--only <section>[,<section>…]` (repeatable), `--rounds N` (every
 * section), `--out FILE`. A full run writes BENCHMARKS.md; a run of some sections writes a
 * file only when `--out` names one, so a partial run never replaces the whole table.
 */
import { parseArgs } from 'node:util';

export interface RunOptions {
  only: string[] | undefined;
  rounds: number | undefined;
  out: string | undefined;
}

export function parseRunArgs(argv: string[], sections: readonly string[]): RunOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string', multiple: true },
      rounds: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const only = values.only?.flatMap((v) => v.split(',')).filter(Boolean);
  for (const name of only ?? [])
    if (!sections.includes(name))
      throw new Error(`--only ${name}: unknown section (sections: ${sections.join(', ')})`);
  const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds >= 1))
    throw new Error(`--rounds ${values.rounds}: a whole number of at least 1`);
  return { only, rounds, out: values.out ?? (only ? undefined : 'BENCHMARKS.md') };
}
