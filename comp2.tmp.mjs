import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
const configs = (await import('./rollup.config.mjs')).default;
const cdn = configs.find((c) => c.output?.dir === 'packages/elements/dist/cdn');
const bundle = await rollup({ ...cdn, plugins: cdn.plugins.filter((p) => p.name !== 'coalition-kit-empty-dir') });
const { output } = await bundle.generate({ ...cdn.output, plugins: [] });
for (const chunk of output) {
  if (chunk.type !== 'chunk' || !/shared|form|list/.test(chunk.fileName)) continue;
  console.log(`\n${chunk.fileName}`);
  const rows = [];
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.code) continue;
    const r = await minify(m.code, { module: false, toplevel: false, ecma: 2022, compress: { passes: 2 }, mangle: true, format: { comments: false } }).catch(() => ({ code: m.code }));
    rows.push([id.replace(/.*node_modules\//, 'nm/').replace(/.*packages\//, ''), r.code.length, gzipSync(r.code, { level: 9 }).length]);
  }
  rows.sort((a, b) => b[2] - a[2]);
  let g = 0, mm = 0; for (const [id, n, z] of rows) { g += z; mm += n; console.log(String(n).padStart(7), String(z).padStart(6), id); }
  console.log('sum', mm, g);
}
