// `npm run docs:tables`: the reference tables of the package READMEs, written from what the
// code declares — each widget's attributes, events, slots, parts, custom properties and states
// from the Custom Elements Manifest (`npm run analyze`), the SDK's exports from its entry
// point — between `<!-- generated:… -->` and `<!-- /generated -->` markers.
// `--check` writes nothing and exits 1 naming each README that is stale
// (test/docs/readme-tables.node.test.ts runs it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST = `${root}packages/elements/custom-elements.json`;
export const ELEMENTS_README = `${root}packages/elements/README.md`;
export const SDK_README = `${root}packages/sdk/README.md`;
const SDK_ENTRY = `${root}packages/sdk/src/index.ts`;

/** Manifest keys of a custom element, in the order and words the tables use. */
export const MEMBER_KINDS = [
  ['attributes', 'attribute'],
  ['events', 'event'],
  ['slots', 'slot'],
  ['cssParts', 'part'],
  ['cssProperties', 'custom property'],
  ['cssStates', 'state'],
];

/** Every custom element of the manifest, by tag (sorted). */
export function readElements() {
  if (!existsSync(MANIFEST))
    throw new Error(`${MANIFEST} is missing: run \`npm run analyze\` (part of \`npm run build\`)`);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `[kind, name, description]` of each member a widget declares. */
export function elementRows(element) {
  return MEMBER_KINDS.flatMap(([key, kind]) =>
    (element[key] ?? []).map((member) => [kind, member.name, member.description ?? '']),
  );
}

/** A Markdown table cell: one line, pipes escaped. */
const cell = (text) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');

/** The member's name as written in the table (the default slot has no name). */
export const shownName = (kind, name) => (kind === 'slot' && name === '' ? '(default)' : name);

function elementsBlock(elements) {
  return elements
    .map((element) => {
      const rows = elementRows(element).map(
        ([kind, name, description]) =>
          `| ${kind} | \`${shownName(kind, name)}\` | ${cell(description)} |`,
      );
      const summary = element.summary ? `${cell(element.summary)}\n\n` : '';
      return [
        `### \`<${element.tagName}>\``,
        '',
        `${summary}| | name | |`,
        '|---|---|---|',
        ...rows,
      ].join('\n');
    })
    .join('\n\n');
}

let sdkExports;

/** The SDK's exports, by source module: `{ module, values: [name], types: [name] }`. */
export function readSdkExports() {
  sdkExports ??= sdkExportsOf(SDK_ENTRY);
  return sdkExports;
}

function sdkExportsOf(SDK_ENTRY) {
  const program = ts.createProgram([SDK_ENTRY], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(SDK_ENTRY));
  const byModule = new Map();
  for (const symbol of checker.getExportsOfModule(entry)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const file = target.declarations?.[0]?.getSourceFile().fileName ?? SDK_ENTRY;
    const module = file.slice(file.indexOf('/src/') + 5);
    const group = byModule.get(module) ?? { module, values: [], types: [] };
    (target.flags & ts.SymbolFlags.Value ? group.values : group.types).push(symbol.name);
    byModule.set(module, group);
  }
  return [...byModule.values()];
}

function sdkBlock(groups) {
  const names = (list) => list.map((name) => `\`${name}\``).join(', ');
  return [
    '| module | values (functions, classes, schemas, constants) | types only |',
    '|---|---|---|',
    ...groups.map((g) => `| \`src/${g.module}\` | ${names(g.values)} | ${names(g.types)} |`),
  ].join('\n');
}

const MARKER = /(<!-- generated:([\w-]+) -->\n)[\s\S]*?(<!-- \/generated -->)/g;

/** The README with each generated block rewritten from `blocks` (by marker name). */
export function fill(readme, blocks, file) {
  const seen = new Set();
  const out = readme.replace(MARKER, (_, open, name, close) => {
    if (!(name in blocks)) throw new Error(`${file}: unknown block <!-- generated:${name} -->`);
    seen.add(name);
    return `${open}${blocks[name]}\n${close}`;
  });
  for (const name of Object.keys(blocks))
    if (!seen.has(name))
      throw new Error(`${file}: add <!-- generated:${name} --> … <!-- /generated -->`);
  return out;
}

/** `[file, current text, text it should have]` for each README with generated tables. */
export function expectedReadmes() {
  return [
    [ELEMENTS_README, { 'elements-reference': elementsBlock(readElements()) }],
    [SDK_README, { 'sdk-exports': sdkBlock(readSdkExports()) }],
  ].map(([file, blocks]) => {
    const current = readFileSync(file, 'utf8');
    return [file, current, fill(current, blocks, file)];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, current, expected] of expectedReadmes()) {
    if (current === expected) continue;
    stale++;
    if (check) console.error(`${file} is stale: run \`npm run docs:tables\``);
    else writeFileSync(file, expected);
  }
  if (check && stale) process.exit(1);
}
