/**
 * What a page loads from the built files, without a browser: the load graph of the CDN
 * entry and of a widget's chunk (static imports), the chunks loaded on first use (dynamic
 * imports) listed apart, each file with its gzip -9 size. `npm run bench:elements` prints
 * it; test/page-weight.node.test.ts holds it to the budgets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const CDN_DIR = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));
export const SDK_BROWSER_DIR = fileURLToPath(
  new URL('../../packages/sdk/dist/browser/', import.meta.url),
);

export interface WeighedFile {
  /** Path from the build directory (`chunks/shared-Ab12.js`). */
  file: string;
  /** The chunk's name without its hash (`chunks/shared`). */
  name: string;
  gzip: number;
  /** Where the file's code comes from (its source map), for "what is in it". */
  sources: string[];
}

export interface PageLoad {
  /** What the page loads up front, in load order. */
  files: WeighedFile[];
  /** Loaded on first use only (an item to explain, the `.ics`, a form checked). */
  lazy: WeighedFile[];
  total: number;
}

const STATIC = /(?:\bfrom|\bimport)\s*"(\.\.?\/[^"]+\.js)"/g;
const DYNAMIC = /\bimport\(\s*"(\.\.?\/[^"]+\.js)"\s*\)/g;

const imports = (code: string, pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1]!);

function weigh(dir: string, file: string): WeighedFile {
  const bytes = readFileSync(join(dir, file));
  const map = join(dir, `${file}.map`);
  const sources = existsSync(map)
    ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources
    : [];
  return {
    file,
    name: file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, ''),
    gzip: gzipSync(bytes, { level: 9 }).length,
    sources,
  };
}

/**
 * The static load graph from `start` (paths from `dir`), and the dynamic imports it reaches
 * (not those of `noLazyFrom`: the CDN entry's other widgets are not this page's).
 */
export function loadGraph(dir: string, start: string[], noLazyFrom: string[] = []): PageLoad {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    if (!existsSync(join(dir, file))) throw new Error(`${file} is imported but not built`);
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const at = (spec: string) => relative(dir, join(dirname(join(dir, file)), spec));
    for (const spec of imports(code, STATIC)) visit(at(spec));
    if (!noLazyFrom.includes(file)) for (const spec of imports(code, DYNAMIC)) lazy.add(at(spec));
  };
  start.forEach(visit);
  // What the lazy chunks pull in, less what the page already has.
  const lazyFiles = new Set<string>();
  const visitLazy = (file: string) => {
    if (seen.has(file) || lazyFiles.has(file)) return;
    lazyFiles.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const at = (spec: string) => relative(dir, join(dirname(join(dir, file)), spec));
    for (const spec of imports(code, STATIC)) visitLazy(at(spec));
  };
  lazy.forEach(visitLazy);
  const files = [...seen].map((f) => weigh(dir, f));
  return {
    files,
    lazy: [...lazyFiles].map((f) => weigh(dir, f)),
    total: files.reduce((n, f) => n + f.gzip, 0),
  };
}

/** The chunk the CDN entry loads for `tag` (`ck-agenda`), from the loader's table. */
export function widgetChunk(tag: string): string {
  const entry = readFileSync(join(CDN_DIR, 'coalition-kit.js'), 'utf8');
  const found = new RegExp(`"${tag}":\\(\\)=>import\\("\\./([^"]+)"\\)`).exec(entry);
  if (!found) throw new Error(`coalition-kit.js does not load <${tag}>`);
  return found[1]!;
}

/** What a page with these tags loads: the CDN entry, the widgets' chunks and their imports. */
export const widgetsPage = (tags: string[]): PageLoad =>
  loadGraph(CDN_DIR, ['coalition-kit.js', ...tags.map(widgetChunk)], ['coalition-kit.js']);

/** The five widgets of the page-weight goal (issue: ≤ 60 kB together); the sixth tag is the declaration form. */
export const FIVE_WIDGETS = [
  'ck-feed',
  'ck-agenda',
  'ck-pledge-form',
  'ck-member-list',
  'ck-coalition-map',
];

/** What a page with only `<tag>` loads. */
export const widgetPage = (tag: string): PageLoad => widgetsPage([tag]);

/** What a page that imports the SDK's browser build and only reads loads. */
export const sdkReadPath = (): PageLoad => loadGraph(SDK_BROWSER_DIR, ['coalition-kit-sdk.min.js']);

/** The widget tags the CDN entry knows. */
export function widgetTags(): string[] {
  const entry = readFileSync(join(CDN_DIR, 'coalition-kit.js'), 'utf8');
  return [...entry.matchAll(/"(ck-[a-z-]+)":\(\)=>import\(/g)].map((m) => m[1]!);
}

export const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
