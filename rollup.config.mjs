// One build for every package of the monorepo (see PRODUCT.md).
// - npm builds: unbundled ESM (`preserveModules`), dependencies external, unminified.
// - browser builds: minified, dependencies included; the SDK's is measured by `npm run bench`.
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json', sourceMap: true });

/** Dependencies of a package stay external in its npm build. */
function externalFor(pkgDir) {
  const pkg = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(d + '/'));
}

// zod ships /* @__PURE__ */ annotations rollup cannot place and an internal import cycle: noise.
const onwarn = (w, warn) => {
  if (w.code === 'INVALID_ANNOTATION') return;
  if (w.code === 'CIRCULAR_DEPENDENCY' && w.ids?.every((id) => id.includes('node_modules'))) return;
  warn(w);
};

const minify = () => terser({ module: true, format: { comments: false } });

/** `@coalition-kit/sdk` */
const sdk = [
  {
    input: { index: 'packages/sdk/src/index.ts', cli: 'packages/sdk/src/cli/validate.ts' },
    external: externalFor('packages/sdk'),
    onwarn,
    plugins: [resolve({ preferBuiltins: true }), ts()],
    output: {
      dir: 'packages/sdk/dist/esm',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'packages/sdk/src',
    },
  },
  {
    input: 'packages/sdk/src/index.ts',
    onwarn,
    plugins: [resolve({ browser: true }), ts()],
    output: { file: 'packages/sdk/dist/browser/coalition-kit-sdk.min.js', format: 'es', sourcemap: true, plugins: [minify()] },
  },
];

export default [...sdk];
