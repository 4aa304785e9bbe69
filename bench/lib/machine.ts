/** What BENCHMARKS.md says about the machine and the code a run measured. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  node: string;
  chromium: string;
  postgres: string;
  commit: string;
}

/** A command's first output line, or `fallback` when it cannot run. */
function firstLine(file: string, args: string[], fallback: string): string {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')[0]!;
  } catch {
    return fallback;
  }
}

function osName(): string {
  const file = '/etc/os-release';
  const pretty = existsSync(file) && /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync(file, 'utf8'));
  return `${pretty ? pretty[1] : type()} (${type()} ${release()})`;
}

/** Debian's PostgreSQL, the one scripts/with-postgres.sh starts (the newest installed). */
function postgresVersion(): string {
  const root = '/usr/lib/postgresql';
  const newest = existsSync(root)
    ? readdirSync(root)
        .sort((a, b) => Number(a) - Number(b))
        .at(-1)
    : undefined;
  if (!newest) return 'not installed';
  return firstLine(`${root}/${newest}/bin/postgres`, ['--version'], 'unknown');
}

export function describeMachine(): Machine {
  // The table being rewritten does not make the tree dirty.
  const dirty =
    firstLine('git', ['status', '--porcelain', '--', '.', ':!BENCHMARKS.md'], '') !== '';
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    ramGB: totalmem() / 1e9,
    os: osName(),
    node: process.version,
    chromium: firstLine(chromiumLaunchOptions.executablePath, ['--version'], 'not found'),
    postgres: postgresVersion(),
    commit: `${firstLine('git', ['rev-parse', '--short', 'HEAD'], 'unknown')}${dirty ? ' (with uncommitted changes)' : ''}`,
  };
}

/** The 1, 5 and 15 minute load averages, as `1.2 / 0.9 / 0.7`. */
export const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
