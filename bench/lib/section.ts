/** The shape of one benchmark section (a module under bench/sections/). */
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
