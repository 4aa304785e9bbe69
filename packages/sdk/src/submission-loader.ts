/**
 * The submission part, bundled with the client (npm build, Node, tests): always loaded.
 * The browser builds swap in submission-loader.lazy.ts, which loads it on first use
 * (rollup.config.mjs, `lazySubmission`).
 */
import * as submission from './submission.js';

export type Submission = typeof submission;

export const loadSubmission = (): Promise<Submission> => Promise.resolve(submission);

/** The submission part if it is loaded (here: always). */
export const loadedSubmission = (): Submission | undefined => submission;
