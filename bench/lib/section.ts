/** The shape of one benchmark section (a module under bench/sections/), and how one runs. */
import { performance } from 'node:perf_hooks';
import type { Row } from './rows.js';

export interface SectionResult {
  rows: Row[];
  /** Markdown lines printed under the section's table: what the figures include. */
  notes?: string[];
}

export interface Section {
  /** The name `--only` selects (`weight`, `feed`, `lists`, `map`, `pledge`, `server`). */
  name: string;
  title: string;
  /** Measured rounds per figure unless `--rounds` says otherwise. */
  rounds: number;
  run(options: { rounds: number }): Promise<SectionResult>;
}

export interface SectionRun {
  title: string;
  rounds: number;
  seconds: number;
  result: SectionResult;
  /** The error that stopped the section: the run goes on, its note says why it has no rows. */
  error?: Error;
}

/** Runs one section, timed; a section that throws leaves a note instead of ending the run. */
export async function runSection(section: Section, rounds: number): Promise<SectionRun> {
  const start = performance.now();
  const timed = (result: SectionResult, error?: Error): SectionRun => ({
    title: section.title,
    rounds,
    seconds: (performance.now() - start) / 1000,
    result,
    ...(error ? { error } : {}),
  });
  try {
    return timed(await section.run({ rounds }));
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    return timed(
      { rows: [], notes: [`**Not measured**: the section failed: ${error.message}`] },
      error,
    );
  }
}
