/**
 * The declaration form's code for a started visitor (`started.ts`): asked for at the first
 * focus in the form, with the SDK's validation and the forms' send path
 * (`SubmissionController`'s `alsoLoad`), or by a key or click on the map.
 */
import type * as Started from './started.js';

let loaded: typeof Started | undefined;
let loading: Promise<typeof Started> | undefined;

export function loadStarted(): Promise<typeof Started> {
  const attempt = (loading ??= import('./started.js').then((m) => (loaded = m)));
  // A load that failed (offline) is tried again by the next focus, key or submit.
  attempt.catch(() => {
    if (loading === attempt) loading = undefined;
  });
  return attempt;
}

/** The code once loaded: what reads answers runs after `loadStarted()`, so a miss throws at once. */
export function started(): typeof Started {
  if (!loaded) throw new Error('Coalition Kit: the declaration form’s code read before loading');
  return loaded;
}
