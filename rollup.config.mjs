// One build for every package of the monorepo (layout: the root README).
// - npm builds: unbundled ESM (`preserveModules`), dependencies external, unminified.
// - browser builds: minified, dependencies included; the SDK's is measured by `npm run bench`.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { cdnChunks } from './scripts/cdn-chunks.mjs';

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

const minify = () =>
  terser({
    module: true,
    ecma: 2020,
    compress: { passes: 3 },
    format: { comments: false },
  });

/**
 * Empties a build's output directory first: a module renamed or moved (or a hashed CDN chunk)
 * would otherwise stay in `dist/` and ship in the npm package.
 */
const emptyDir = (dir) => ({
  name: 'coalition-kit-empty-dir',
  buildStart: () => rmSync(dir, { recursive: true, force: true }),
});

/**
 * Browser builds: the SDK's submission part (zod, the submission schemas) loads on first
 * use (`submission-loader.lazy.ts`), and the SDK's modules have no side effects but zod's
 * set-up (as its package.json says), so what a page does not use is left out.
 */
const lazySubmission = () => ({
  name: 'coalition-kit-lazy-submission',
  resolveId(source, importer) {
    if (source !== './submission-loader.js' || !importer?.includes('/packages/sdk/src/'))
      return null;
    return this_dir('packages/sdk/src/submission-loader.lazy.ts');
  },
});
const browserTreeshake = {
  moduleSideEffects: (id) => !id.includes('/packages/sdk/src/') || id.endsWith('/zod-setup.ts'),
};

/** `@coalition-kit/sdk` */
const sdk = [
  {
    input: { index: 'packages/sdk/src/index.ts', cli: 'packages/sdk/src/cli/validate.ts' },
    external: externalFor('packages/sdk'),
    onwarn,
    plugins: [emptyDir('packages/sdk/dist/esm'), resolve({ preferBuiltins: true }), ts()],
    output: {
      dir: 'packages/sdk/dist/esm',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'packages/sdk/src',
    },
  },
  {
    // The read entry (no zod until an item fails or a submission), and everything else.
    input: {
      'coalition-kit-sdk.min': 'packages/sdk/src/browser.ts',
      'coalition-kit-sdk-schemas.min': 'packages/sdk/src/index.ts',
    },
    onwarn,
    treeshake: browserTreeshake,
    plugins: [
      emptyDir('packages/sdk/dist/browser'),
      lazySubmission(),
      resolve({ browser: true }),
      ts(),
    ],
    output: {
      dir: 'packages/sdk/dist/browser',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // The read path (`sdk`) and zod's side (`zod`, loaded on first use), as in the CDN build.
      // (index.ts is the second entry's own: in `sdk` it would make the read path wait for zod.)
      manualChunks: (id) =>
        ZOD_SIDE.test(id)
          ? 'zod'
          : SDK_RETRY.test(id)
            ? 'retry'
            : SDK_READ.test(id) && !id.endsWith('/sdk/src/index.ts')
              ? 'sdk'
              : undefined,
      plugins: [minify()],
    },
  },
];

/** Bundled builds take the SDK from source (its `dist/` may not be built yet). */
const sdkFromSource = () => ({
  name: 'coalition-kit-sdk-from-source',
  resolveId: (id) => (id === '@coalition-kit/sdk' ? this_dir('packages/sdk/src/index.ts') : null),
});
const this_dir = (p) => new URL(p, import.meta.url).pathname;

/**
 * Lit's Trusted Types policy is named `lit-html` in every copy of Lit: a page with another
 * Lit and a `trusted-types` allowlist would refuse our second `lit-html` policy. The CDN
 * build names its own `coalition-kit-lit` (documented CSP line in the README).
 */
const litPolicyName = () => ({
  name: 'coalition-kit-lit-policy',
  transform(code, id) {
    if (!id.includes('lit-html') || !code.includes('createPolicy("lit-html"')) return null;
    return {
      code: code.replaceAll('createPolicy("lit-html"', 'createPolicy("coalition-kit-lit"'),
      map: null,
    };
  },
});

/**
 * Collapses whitespace and comments in the widgets' css`` templates (terser leaves template
 * strings alone). Interpolations (`${name}`, a nested css``) and quoted strings stay as they
 * are; spaces before `:` (a descendant's pseudo-class) and around `+` (calc) stay.
 */
const squeezeCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('')
    .replace(/;}/g, '}');
const minifyCss = () => ({
  name: 'coalition-kit-minify-css',
  transform(code, id) {
    if (!id.includes('/packages/elements/src/') || !code.includes('css`')) return null;
    const out = code.replace(
      /css`((?:[^`$\\]|\$\{[\w.]+\})*)`/g,
      (_, body) =>
        'css`' +
        body
          .split(/(\$\{[\w.]+\})/)
          .map((part, i) => (i % 2 ? part : squeezeCss(part)))
          .join('')
          .trim() +
        '`',
    );
    return { code: out, map: null };
  },
});

/**
 * Strips the indentation around line breaks in the widgets' html`` templates (terser leaves
 * template strings alone). The line breaks stay: the page renders the same, `pre-line`
 * included, and the lines of the source maps stay where they were.
 */
const squeezeHtml = () => ({
  name: 'coalition-kit-squeeze-html',
  transform(code, id) {
    if (!id.includes('/packages/elements/src/') || !code.includes('html`')) return null;
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.name === 'html') {
        for (const q of node.quasi.quasis) {
          const raw = code.slice(q.start, q.end);
          const squeezed = raw.replace(/[ \t]*\n[ \t]*/g, '\n');
          if (squeezed !== raw && !raw.includes('\\')) edits.push([q.start, q.end, squeezed]);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    if (edits.length === 0) return null;
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
      out = out.slice(0, start) + text + out.slice(end);
    return { code: out, map: null };
  },
});

/** The tags and their modules (`packages/elements/widgets.json`, the one list). */
const { widgets } = JSON.parse(readFileSync('packages/elements/widgets.json', 'utf8'));

/**
 * CDN chunks, from the module graph (scripts/cdn-chunks.mjs): what every widget but at most
 * two needs (Lit, the SDK's read path, the widgets' base) is one `shared` file and one
 * gzip stream; what one widget needs is in its own chunk (`agenda`, `feed`…), what the forms
 * share in `form`, what the lists share in `list`. Each file is its own gzip stream (about
 * 0.1 kB more than in one file), hence family chunks rather than one per pair of widgets.
 * `zod`: zod, the schemas and validation, loaded when an item fails, a form is checked or sent
 * (with the POST of a submission, `post.ts`: a page that only reads has no POST).
 */
const ZOD_SIDE =
  /node_modules\/zod\/|\/packages\/sdk\/src\/((validate|fast-parse|messages|zod-messages|zod-setup|explain|submission|post)\.ts|schemas\/(?!rules|formats|vocabulary|closed-lists))/;
/** The SDK browser build's read path (its `sdk` chunk): the SDK but its zod side and ky. */
const SDK_READ = /\/packages\/sdk\/src\//;
/** ky, with the GET's retries (`retry-get.ts`): loaded when a first attempt fails, or a POST. */
const SDK_RETRY = /node_modules\/ky\/|\/packages\/sdk\/src\/retry-get\.ts$/;
const cdnChunk = cdnChunks({
  widgets: widgets.map((w) => w.module),
  defineOf: (module) => this_dir(`packages/elements/src/${module}/define.ts`),
  // The idempotency key goes with zod: only a submission needs one (the SDK's POST, and the
  // forms' sender, `form-send`, loaded with zod), so zod never waits for the forms' code.
  zodSide: (id) => ZOD_SIDE.test(id) || id.endsWith('/packages/sdk/src/uuid.ts'),
  families: {
    form: ['pledge-form', 'coalition-form'],
    list: ['agenda', 'member-list', 'coalition-map'],
    // The regions' outlines and their projection (named here: rollup would name it after
    // whichever of its modules it meets first).
    'france-regions': ['coalition-map', 'coalition-form'],
  },
  sharedFrom: widgets.length - 2,
});

/**
 * Writes the CDN chunk graph into the loader (`src/chunk-graph.ts`): for each tag, the chunks
 * its widget's chunk imports, however deep (`shared`, `list`…). The loader imports them with
 * the widget's chunk, so the browser asks for all of them at once. Paths are relative to the
 * entry; rollup puts the final hashes in place of its placeholders.
 */
const GRAPH_MARK = '__CK_CHUNK_GRAPH__';
const chunkGraph = () => ({
  name: 'coalition-kit-chunk-graph',
  load: (id) =>
    id.endsWith('/packages/elements/src/chunk-graph.ts')
      ? `export const CHUNK_GRAPH = ${GRAPH_MARK};`
      : null,
  renderChunk(code, chunk, _options, { chunks }) {
    if (!chunk.isEntry || !code.includes(GRAPH_MARK)) return null;
    const byModule = new Map(Object.values(chunks).map((c) => [c.facadeModuleId, c]));
    const graph = {};
    for (const { tag, module } of widgets) {
      const own = byModule.get(this_dir(`packages/elements/src/${module}/define.ts`));
      if (!own) this.error(`no chunk for <${tag}>`);
      const deps = new Set();
      const visit = (file) => {
        for (const dep of chunks[file].imports) {
          if (deps.has(dep)) continue;
          deps.add(dep);
          visit(dep);
        }
      };
      visit(own.fileName);
      graph[tag] = [...deps].map((file) => `./${file}`);
    }
    return { code: code.replace(GRAPH_MARK, JSON.stringify(graph)), map: null };
  },
});

/** `@coalition-kit/elements`: npm ESM per module (defines stay in `<widget>/define.js`), and the CDN build. */
const elements = [
  {
    input: {
      index: 'packages/elements/src/index.ts',
      loader: 'packages/elements/src/loader.ts',
      ...Object.fromEntries(
        widgets.map((w) => [`${w.module}/define`, `packages/elements/src/${w.module}/define.ts`]),
      ),
    },
    external: externalFor('packages/elements'),
    onwarn,
    plugins: [emptyDir('packages/elements/dist/esm'), resolve(), ts()],
    output: {
      dir: 'packages/elements/dist/esm',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'packages/elements/src',
    },
  },
  {
    // coalition-kit.js only watches the page; each widget's chunk loads when its tag appears.
    input: { 'coalition-kit': 'packages/elements/src/loader.ts' },
    onwarn,
    treeshake: browserTreeshake,
    plugins: [
      emptyDir('packages/elements/dist/cdn'),
      chunkGraph(),
      lazySubmission(),
      sdkFromSource(),
      litPolicyName(),
      minifyCss(),
      resolve({ browser: true, exportConditions: ['production'] }),
      ts(),
      squeezeHtml(),
    ],
    output: {
      dir: 'packages/elements/dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: cdnChunk,
      plugins: [minify()],
    },
  },
];

/** The server reads its SQL migrations from `store/migrations/` beside `store/migrate.js`. */
const serverMigrations = () => ({
  name: 'server-migrations',
  generateBundle() {
    const dir = 'packages/server/src/store/migrations';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
      this.emitFile({
        type: 'asset',
        fileName: `store/migrations/${file}`,
        source: readFileSync(`${dir}/${file}`, 'utf8'),
      });
    }
  },
});

/** The demo partner page ships with the server, as `site/` beside `paths.js`. */
const serverSite = () => ({
  name: 'server-site',
  generateBundle() {
    const dir = 'examples/partner-site';
    for (const file of readdirSync(dir)) {
      this.emitFile({
        type: 'asset',
        fileName: `site/${file}`,
        source: readFileSync(`${dir}/${file}`),
      });
    }
  },
});

/** `@coalition-kit/server`: Node ESM, dependencies (the SDK included) from node_modules. */
const server = [
  {
    input: { index: 'packages/server/src/index.ts', 'cli/main': 'packages/server/src/cli/main.ts' },
    external: externalFor('packages/server'),
    onwarn,
    plugins: [
      emptyDir('packages/server/dist'),
      resolve({ preferBuiltins: true }),
      ts(),
      serverMigrations(),
      serverSite(),
    ],
    output: {
      dir: 'packages/server/dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'packages/server/src',
    },
  },
];

export default [...sdk, ...elements, ...server];
