/** Reports of several lines (imports, images) said on the coordinator's error stream. */
import type { Io } from './io.js';

/** Says each line on the coordinator's error stream (reports), in order. */
export const sayAll = async (lines: string[], io: Io) => {
  for (const line of lines) await io.err(line);
};
