/**
 * What each npm package ships, as `npm pack` lists it: its own build only. A package that
 * bundled another package's source or a dependency would load two copies in one process
 * (two zod configurations, two schema identities). Needs `npm run build`, as `npm test` does.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['sdk', 'elements', 'server'] as const;

/** Self-contained browser bundles: they include their dependencies on purpose (script tag). */
const BUNDLES = ['dist/cdn/', 'dist/browser/'];

interface PackResult {
  name: string;
  files: { path: string }[];
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports?: Record<string, unknown>;
  bin?: Record<string, string>;
}

const packed = new Map<string, PackResult>(
  (
    JSON.parse(
      execFileSync(
        'npm',
        [
          'pack',
          '--dry-run',
          '--json',
          '--ignore-scripts',
          ...PACKAGES.map((p) => `-w=packages/${p}`),
        ],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      ),
    ) as PackResult[]
  ).map((p) => [p.name, p]),
);

const manifest = (pkg: string): Manifest =>
  JSON.parse(readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8')) as Manifest;

const filesOf = (pkg: string): string[] => {
  const result = packed.get(manifest(pkg).name);
  assert.ok(result, `npm pack did not list ${pkg}`);
  return result.files.map((f) => f.path);
};

const isBundle = (path: string) => BUNDLES.some((b) => path.startsWith(b));

/** Every module specifier of a built ES module: static, re-exports and dynamic imports. */
function specifiers(built: string): string[] {
  // Comments may name modules that are not imported (a widget still to come).
  const code = built.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const builtins = new Set(builtinModules);

describe('npm packages ship only their own build', () => {
  it('the build is there (run `npm run build` first)', () => {
    for (const pkg of PACKAGES) {
      const js = filesOf(pkg).filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
      assert.ok(js.length > 0, `packages/${pkg}: no dist/*.js in the package; run npm run build`);
    }
  });

  for (const pkg of PACKAGES) {
    const dir = join(ROOT, 'packages', pkg);

    it(`${pkg}: no other package's files and no node_modules`, () => {
      const foreign = filesOf(pkg).filter((f) => /(^|\/)(node_modules|packages)\//.test(f));
      assert.deepEqual(
        foreign,
        [],
        `packages/${pkg} ships another package or a bundled dependency`,
      );
    });

    it(`${pkg}: the npm build maps back only to its own src/`, () => {
      const maps = filesOf(pkg).filter((f) => f.endsWith('.js.map') && !isBundle(f));
      assert.ok(maps.length > 0, `packages/${pkg}: no source maps to check`);
      const outside: string[] = [];
      for (const map of maps) {
        const { sources } = JSON.parse(readFileSync(join(dir, map), 'utf8')) as {
          sources: string[];
        };
        for (const source of sources) {
          const file = relative(join(dir, 'src'), resolve(dir, dirname(map), source));
          if (file.startsWith('..')) outside.push(`${map} ← ${source}`);
        }
      }
      assert.deepEqual(outside, [], `packages/${pkg} bundles code from outside its src/`);
    });

    it(`${pkg}: the npm build imports dependencies by name, never by a path out of the package`, () => {
      const own = manifest(pkg);
      const allowed = new Set(
        Object.keys({ ...own.dependencies, ...own.peerDependencies }).concat(own.name),
      );
      const wrong: string[] = [];
      const js = filesOf(pkg).filter(
        (f) => (f.endsWith('.js') || f.endsWith('.mjs')) && !isBundle(f),
      );
      for (const file of js) {
        for (const spec of specifiers(readFileSync(join(dir, file), 'utf8'))) {
          if (spec.startsWith('.')) {
            const target = relative(dir, resolve(dir, dirname(file), spec));
            if (target.startsWith('..') || !filesOf(pkg).includes(target))
              wrong.push(`${file}: ${spec} (not in the package)`);
          } else if (!builtins.has(spec) && !builtins.has(spec.replace(/^node:/, ''))) {
            if (!allowed.has(packageName(spec))) wrong.push(`${file}: ${spec} (not a dependency)`);
          }
        }
      }
      assert.deepEqual(wrong, []);
    });

    it(`${pkg}: every export and bin target is in the package`, () => {
      const own = manifest(pkg);
      const targets: string[] = Object.values(own.bin ?? {});
      const walk = (value: unknown, condition?: string): void => {
        // `source` is the monorepo's development condition (TypeScript sources, not shipped).
        if (condition === 'source') return;
        if (typeof value === 'string') targets.push(value);
        else if (value && typeof value === 'object')
          for (const [key, v] of Object.entries(value)) walk(v, key);
      };
      walk(own.exports);
      const files = filesOf(pkg);
      const missing = targets
        .map((t) => t.replace(/^\.\//, ''))
        .filter((t) =>
          t.includes('*')
            ? !files.some((f) =>
                new RegExp(`^${t.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(f),
              )
            : !files.includes(t),
        );
      assert.deepEqual(
        missing,
        [],
        `packages/${pkg}: exports or bin point to files it does not ship`,
      );
    });
  }

  it('the server takes the SDK from @coalition-kit/sdk', () => {
    const server = join(ROOT, 'packages/server');
    const js = filesOf('server').filter((f) => f.endsWith('.js'));
    const importsSdk = js.some((f) =>
      specifiers(readFileSync(join(server, f), 'utf8')).includes('@coalition-kit/sdk'),
    );
    assert.ok(importsSdk, 'no module of the server imports @coalition-kit/sdk');
    assert.ok(
      !existsSync(join(server, 'dist/packages')),
      'dist/packages: a bundled copy of the SDK',
    );
  });

  it('the server ships its demo page and takes the widgets from @coalition-kit/elements', () => {
    const files = filesOf('server');
    for (const f of ['dist/site/index.html', 'dist/site/site.css'])
      assert.ok(files.includes(f), `${f} is not in the server's package`);
    // `/cdn/*` serves the script-tag build of the installed package, not a path in the repository.
    assert.ok(manifest('server').dependencies?.['@coalition-kit/elements'], 'no dependency');
    const paths = readFileSync(join(ROOT, 'packages/server/dist/paths.js'), 'utf8');
    assert.match(paths, /import\.meta\.resolve\(['"]@coalition-kit\/elements\/package\.json['"]\)/);
  });
});
