// Prints what the base map costs a page: the generated regions module and the projection,
// bundled and minified as the CDN build does (rollup, esbuild, terser), then gzipped.
// Run: `node scripts/map/measure.mjs`.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const GEO = 'packages/elements/src/coalition-map/geo';

async function minified(entry) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? entry : null),
      },
      esbuild({ target: 'es2022', tsconfig: './tsconfig.json' }),
    ],
  });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser({ module: true, format: { comments: false } })],
  });
  await bundle.close();
  const code = output[0].code;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const root = new URL('../../', import.meta.url).pathname;
const regions = await minified(`export * from '${root}${GEO}/france-regions.ts';`);
const both = await minified(
  `export * from '${root}${GEO}/france-regions.ts'; export * from '${root}${GEO}/projection.ts';`,
);
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(
  `regions + insets (france-regions.ts): ${kB(regions.min)} minified, ${kB(regions.gzip)} gzip`,
);
console.log(
  `projection.ts, added: ${kB(both.min - regions.min)} minified, ${kB(both.gzip - regions.gzip)} gzip`,
);
console.log(`together: ${kB(both.min)} minified, ${kB(both.gzip)} gzip`);
