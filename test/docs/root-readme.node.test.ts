/**
 * The root README is the way in: it links to every package README, every example, the feed
 * contract and the coordinators' guide, and each relative link of it, of the docs and of the
 * examples' READMEs leads to a file of the repository.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The relative targets of the Markdown links of `text` (anchors and queries left out). */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!.replace(/[#?].*$/, ''))
    .filter((target) => target !== '' && !/^[a-z]+:/.test(target));
}

describe('root README and the docs links', () => {
  const readme = read('README.md');

  it('links to every package README, every example, the contract and the guide', () => {
    const links = new Set(relativeLinks(readme));
    const wanted = [
      ...readdirSync(join(ROOT, 'packages')).map((p) => `packages/${p}/README.md`),
      ...readdirSync(join(ROOT, 'examples')).map((e) => `examples/${e}`),
      'docs/feed-v1.md',
      'docs/coordinators.fr.md',
    ];
    for (const target of wanted)
      assert.ok(
        [...links].some((link) => link === target || link.startsWith(`${target}/`)),
        `README.md links to ${target}`,
      );
    assert.match(readme, /npm run storybook/);
  });

  it('every relative link leads to a file', () => {
    const files = [
      'README.md',
      ...['sdk', 'elements', 'server'].map((p) => `packages/${p}/README.md`),
      ...readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      ...readdirSync(join(ROOT, 'examples'))
        .map((e) => `examples/${e}/README.md`)
        .filter((f) => existsSync(join(ROOT, f))),
    ];
    for (const file of files)
      for (const target of relativeLinks(read(file)))
        assert.ok(existsSync(join(ROOT, dirname(file), target)), `${file}: ${target} is missing`);
  });
});
