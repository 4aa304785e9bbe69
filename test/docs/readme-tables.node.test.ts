/**
 * The package READMEs against what the code declares: every attribute, event, slot, CSS part,
 * custom property and custom state of each widget in the Custom Elements Manifest has its row
 * in packages/elements/README.md and every row is still declared; every export of the SDK is
 * named in packages/sdk/README.md. The tables are written by `npm run docs:tables`.
 * Needs `npm run build` (it writes custom-elements.json), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  ELEMENTS_README,
  SDK_README,
  elementRows,
  expectedReadmes,
  readElements,
  readSdkExports,
  shownName,
  type ManifestElement,
} from '../../scripts/docs-tables.mjs';

/** `kind name` of each row of the `### \`<tag>\`` table in `readme`. */
function documentedRows(readme: string, tag: string): Set<string> {
  const start = readme.indexOf(`\n### \`<${tag}>\`\n`);
  if (start === -1) return new Set();
  const end = readme.indexOf('\n#', start + 1);
  const text = readme.slice(start, end === -1 ? undefined : end);
  const rows = [...text.matchAll(/^\| ([a-z ]+) \| `([^`]+)` \|/gm)];
  return new Set(rows.map(([, kind, name]) => `${kind} ${name}`));
}

/** What the README misses and what it lists that the element no longer declares. */
function compare(element: ManifestElement, readme: string) {
  const declared = new Set(
    elementRows(element).map(([kind, name]) => `${kind} ${shownName(kind, name)}`),
  );
  const documented = documentedRows(readme, element.tagName);
  return {
    undocumented: [...declared].filter((row) => !documented.has(row)),
    gone: [...documented].filter((row) => !declared.has(row)),
  };
}

describe('package READMEs against the Custom Elements Manifest and the SDK', () => {
  const elementsReadme = readFileSync(ELEMENTS_README, 'utf8');

  it('every widget member in custom-elements.json has its row, and every row is declared', () => {
    const elements = readElements();
    assert.ok(elements.length >= 5, 'the manifest lists the widgets');
    for (const element of elements) {
      const { undocumented, gone } = compare(element, elementsReadme);
      assert.deepEqual(
        undocumented,
        [],
        `<${element.tagName}> declares these, undocumented in packages/elements/README.md (npm run docs:tables)`,
      );
      assert.deepEqual(gone, [], `<${element.tagName}>: documented but no longer declared`);
    }
  });

  it('the check names a member added without its row, and a row whose member is gone', () => {
    const agenda = readElements().find((e) => e.tagName === 'ck-agenda');
    assert.ok(agenda, 'ck-agenda is in the manifest');
    const added = { ...agenda, attributes: [...(agenda.attributes ?? []), { name: 'compact' }] };
    assert.deepEqual(compare(added, elementsReadme).undocumented, ['attribute compact']);
    const removed = {
      ...agenda,
      cssParts: (agenda.cssParts ?? []).filter((p) => p.name !== 'toolbar'),
    };
    assert.deepEqual(compare(removed, elementsReadme).gone, ['part toolbar']);
  });

  it('every export of packages/sdk/src/index.ts is named in packages/sdk/README.md', () => {
    const readme = readFileSync(SDK_README, 'utf8');
    const names = readSdkExports().flatMap((g) => [...g.values, ...g.types]);
    assert.ok(names.includes('createClient') && names.includes('Event'), 'exports were read');
    const missing = names.filter((name) => !readme.includes(`\`${name}\``));
    assert.deepEqual(missing, [], 'SDK exports missing from its README (npm run docs:tables)');
  });

  it('the generated tables are current (npm run docs:tables)', () => {
    for (const [file, current, expected] of expectedReadmes())
      assert.equal(current, expected, `${file} is stale: run \`npm run docs:tables\``);
  });
});
