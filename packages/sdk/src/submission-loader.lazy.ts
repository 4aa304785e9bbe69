/**
 * The submission part loaded on first use: what the browser builds use instead of
 * submission-loader.ts (rollup.config.mjs), so a page that only reads never loads zod.
 */
import type { Submission } from './submission-loader.js';

let loaded: Submission | undefined;
let loading: Promise<Submission> | undefined;

export const loadSubmission = (): Promise<Submission> =>
  (loading ??= import('./submission.js').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined; // a network failure: the next call tries again
      throw error;
    },
  ));

/** The submission part if it is loaded. */
export const loadedSubmission = (): Submission | undefined => loaded;
