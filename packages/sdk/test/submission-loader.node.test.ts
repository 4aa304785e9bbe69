/**
 * The browser builds' submission part (submission-loader.lazy.ts): nothing until first use,
 * then the same module as the npm build's, loaded once.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as lazy from '../src/submission-loader.lazy.js';
import * as bundled from '../src/submission-loader.js';

describe('the lazy submission part', () => {
  it('is not there before the first use, then is the submission module, loaded once', async () => {
    assert.equal(lazy.loadedSubmission(), undefined);
    const [first, second] = await Promise.all([lazy.loadSubmission(), lazy.loadSubmission()]);
    assert.equal(first, second);
    assert.equal(lazy.loadedSubmission(), first);
    assert.equal(first, bundled.loadedSubmission());
    assert.deepEqual(first.check('pledges', {}, 'en')[0]?.path, ['campaign']);
  });
});
