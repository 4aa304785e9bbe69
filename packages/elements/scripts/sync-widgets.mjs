// Writes what follows from widgets.json: src/widgets.ts (the loader's table of lazy imports)
// and the per-widget `exports` of package.json. `--check` only says whether they are stale.
import { readFileSync, writeFileSync } from 'node:fs';

const here = (p) => new URL(`../${p}`, import.meta.url);
const { widgets } = JSON.parse(readFileSync(here('widgets.json'), 'utf8'));

const pkg = JSON.parse(readFileSync(here('package.json'), 'utf8'));

const table = `// Generated from widgets.json by scripts/sync-widgets.mjs: do not edit.
/** The package version (the loader tells another version's tags from its own). */
export const LOADER_VERSION = '${pkg.version}';

/** Each tag and the module that defines it, loaded when the tag is first used. */
export const WIDGETS: Record<string, () => Promise<unknown>> = {
${widgets.map((w) => `  '${w.tag}': () => import('./${w.module}/define.js'),`).join('\n')}
};
`;

const { '.': root, ...rest } = pkg.exports;
const others = Object.fromEntries(
  Object.entries(rest).filter(([k]) => !k.match(/^\.\/[\w-]+\.js$/)),
);
pkg.exports = {
  '.': root,
  ...Object.fromEntries(
    widgets.map((w) => [
      `./${w.module}.js`,
      {
        source: `./src/${w.module}/define.ts`,
        types: `./dist/types/${w.module}/define.d.ts`,
        default: `./dist/esm/${w.module}/define.js`,
      },
    ]),
  ),
  ...others,
};
const pkgText = `${JSON.stringify(pkg, null, 2)}\n`;

const files = [
  ['src/widgets.ts', table],
  ['package.json', pkgText],
];
const stale = files.filter(([path, text]) => readFileSync(here(path), 'utf8') !== text);
if (process.argv.includes('--check')) {
  for (const [path] of stale)
    console.error(`${path} is stale: run npm run widgets -w packages/elements`);
  process.exit(stale.length ? 1 : 0);
}
for (const [path, text] of stale) writeFileSync(here(path), text);
console.log(stale.length ? `wrote ${stale.map(([p]) => p).join(', ')}` : 'up to date');
