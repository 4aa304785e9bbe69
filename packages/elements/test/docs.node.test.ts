/** What the elements' docs and generated files promise stays true. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('elements docs and registry', () => {
  it('src/shared/README.md shows the minimal widget the browser test runs', () => {
    const readme = read('src/shared/README.md');
    const shown = /```ts\n(\/\/ src\/member-list\/member-list\.ts[\s\S]*?)```/.exec(readme)?.[1];
    const file = read('test/fixtures/minimal-widget.ts').replaceAll("'../../src/", "'../");
    assert.equal(shown, file);
  });

  it('the loader table and the package exports are those widgets.json gives', () => {
    const script = new URL('../scripts/sync-widgets.mjs', import.meta.url);
    // Exits 1 and names the stale file otherwise.
    execFileSync(process.execPath, [script.pathname, '--check'], { stdio: 'pipe' });
  });
});
