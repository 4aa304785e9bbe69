/**
 * The submission part loaded on first use: what the browser builds use instead of
 * submission-loader.ts (rollup.config.mjs), so a page that only reads never loads zod.
 */
import type { Submission } from './submission-loader.js';

let loaded: Submission | undefined;
let loading: Promise<Submission> | undefined;

export const loadSubmission = (): Promise<Submission> =>
  // ky (with the GET's retries) is asked at the same time: the POST needs it, and the
  // browser would otherwise discover it only once the submission part has arrived.
  (loading ??= Promise.all([import('./submission.js'), import('./retry-get.js')]).then(
    ([m]) => (loaded = m),
    (error: unknown) => {
      loading = undefined; // a network failure: the next call tries again
      throw error;
    },
  ));

/** The submission part if it is loaded. */
export const loadedSubmission = (): Submission | undefined => loaded;
