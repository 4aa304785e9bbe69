/**
 * Where the CDN build puts each module (rollup's `manualChunks`), decided from the module
 * graph: which widgets' `define.ts`, and which chunks loaded on first use (`import()`: the
 * `.ics`, the month grid), reach a module through the bindings they import.
 *
 * Every module some code needs gets a name here: rollup moves into a named chunk every module
 * it imports that has none (through an index, what the index re-exports), so a module left
 * to rollup could land in `shared`.
 */
import { basename } from 'node:path';

/** The static sources of a module, in the order of `importedIds` (rollup keeps source order). */
const sourcesOf = (ast) => [
  ...new Set(
    ast.body
      .filter((n) => n.source && /^(Import|ExportNamed|ExportAll)Declaration$/.test(n.type))
      .map((n) => n.source.value),
  ),
];
const nameOf = (node) => node.name ?? node.value;

/** Whether a module exports `name`, itself or through a re-export. */
const offers = (info, name) =>
  Object.values(info.exportedBindings ?? {}).some((names) => names.includes(name)) ||
  info.ast.body.some((n) => n.type === 'ExportAllDeclaration' && !n.exported);

/**
 * The chunk name of a module loaded on first use: its file name, prefixed with its folder
 * (`agenda-messages.en`) so that two such modules of one name (each widget's English) never
 * share a chunk, or with its package when it is at the top of `src` (`sdk-retry-get`).
 */
const lazyName = (id) => {
  const [pkg, folder, file] = id.split('/').slice(-3);
  return `${folder === 'src' ? pkg : folder}-${file.replace(/\.\w+$/, '')}`;
};

/** Re-exports only (an index): no code of its own. */
const reexportsOnly = (ast) =>
  ast.body.every(
    (n) =>
      (n.type === 'ExportNamedDeclaration' && n.source) ||
      n.type === 'ExportAllDeclaration' ||
      (n.type === 'ImportDeclaration' && n.specifiers.length === 0),
  );

/**
 * For each module id, the roots (a widget's module name, or the file name of a chunk loaded
 * on first use) that statically reach it; and for each chunk loaded on first use, the widgets
 * that load it. A module that only re-exports (the SDK's index,
 * `lit/decorators.js`, `@lit/context`) passes on only the names asked of it: `import
 * { provide }` from `@lit/context` reaches the context provider, `import { consume }` does not.
 */
function rootsReaching(getModuleInfo, widgetRoots, skip) {
  const reach = new Map();
  const lazyRoots = new Map();
  const owners = new Map(); // lazy root → the widgets that load it
  const walk = (root, start) => {
    const asked = new Map(); // id → '*' or the set of names asked of it
    const visit = (id, names) => {
      const info = getModuleInfo(id);
      if (!info?.ast) return;
      // Through an index's `export *`, a module is asked every name the index is asked: it is
      // reached only when it gives one of them (lit/decorators.js: `query` is not `property`).
      if (names !== '*' && !reexportsOnly(info.ast) && ![...names].some((n) => offers(info, n)))
        return;
      // The zod side (on first use) is not reached, but what it re-exports is.
      const lazyOnly = skip(id);
      const before = asked.get(id);
      if (before === '*') return;
      if (names !== '*' && before && [...names].every((n) => before.has(n))) return;
      const all = names === '*' ? '*' : new Set([...(before ?? []), ...names]);
      asked.set(id, all);
      if (!lazyOnly) {
        if (!reach.has(id)) reach.set(id, new Set());
        reach.get(id).add(root);
        for (const lazy of info.dynamicallyImportedIds) {
          if (skip(lazy)) continue;
          const name = lazyName(lazy);
          lazyRoots.set(lazy, name);
          if (!owners.has(name)) owners.set(name, new Set());
          for (const w of widgetRoots.has(root) ? [root] : (owners.get(root) ?? []))
            owners.get(name).add(w);
        }
      }
      const wants = (name) => all === '*' || all.has(name);
      const ids = new Map(sourcesOf(info.ast).map((s, i) => [s, info.importedIds[i]]));
      const own = new Set(info.exportedBindings['.']);
      for (const node of info.ast.body) {
        const target = node.source && ids.get(node.source.value);
        if (!target) continue;
        if (node.type === 'ImportDeclaration') {
          if (lazyOnly) continue;
          const specs = node.specifiers;
          const whole =
            specs.length === 0 || specs.some((s) => s.type === 'ImportNamespaceSpecifier');
          visit(
            target,
            whole ? '*' : new Set(specs.map((s) => (s.imported ? nameOf(s.imported) : 'default'))),
          );
        } else if (node.type === 'ExportNamedDeclaration') {
          const names = node.specifiers
            .filter((s) => wants(nameOf(s.exported)))
            .map((s) => nameOf(s.local));
          if (names.length) visit(target, new Set(names));
        } else if (node.exported) {
          if (wants(nameOf(node.exported))) visit(target, '*'); // export * as ns
        } else if (all === '*') {
          visit(target, '*');
        } else {
          // `export *`: the names asked that this module does not declare itself.
          const rest = [...all].filter((n) => !own.has(n) && n !== 'default');
          if (rest.length) visit(target, new Set(rest));
        }
      }
    };
    visit(start, '*');
  };
  for (const [root, id] of widgetRoots) walk(root, id);
  for (const [id, root] of lazyRoots) walk(root, id);
  return { reach, owners };
}

/**
 * The `manualChunks` function of the CDN build.
 * - `zodSide(id)`: zod and what needs it, loaded on first use: `zod`.
 * - needed up front by a widget and by `sharedFrom` widgets or more (up front or on first use),
 *   or also by the zod side (which must not import a widget's chunk): `shared`.
 * - needed by one widget: that widget's chunk (`agenda`…); by widgets of one family: the
 *   family's chunk (`form`, `list`); by other widgets: a chunk for them, named after its
 *   first module (rollup's way).
 * - needed only by chunks loaded on first use: with them (`ics`).
 */
export function cdnChunks({ widgets, defineOf, zodSide, families, sharedFrom }) {
  const widgetRoots = new Map(widgets.map((w) => [w, defineOf(w)]));
  let cache;
  const setNames = new Map();
  return (id, { getModuleInfo }) => {
    if (zodSide(id)) return 'zod';
    if (cache?.getModuleInfo !== getModuleInfo)
      cache = { getModuleInfo, ...rootsReaching(getModuleInfo, widgetRoots, zodSide) };
    const roots = [...(cache.reach.get(id) ?? [])];
    // The entry, an index (a module with no code of its own goes nowhere).
    if (roots.length === 0 || reexportsOnly(getModuleInfo(id).ast)) return undefined;
    const byWidgets = roots.filter((r) => widgetRoots.has(r));
    // A widget loads what it imports on first use after itself: that is the widget's.
    const by = byWidgets.length ? byWidgets : roots;
    const zodToo = getModuleInfo(id).importers.some(zodSide);
    // Its users: the widgets that load it up front or on first use (a piece of a widget loaded
    // on first use leaves in `shared` what most widgets need).
    const users = new Set(
      roots.flatMap((r) => (widgetRoots.has(r) ? [r] : [...(cache.owners.get(r) ?? [])])),
    );
    if ((byWidgets.length && users.size >= sharedFrom) || (zodToo && byWidgets.length))
      return 'shared';
    if (by.length === 1) return by[0];
    const family = Object.entries(families).find(([, members]) =>
      by.every((w) => members.includes(w)),
    );
    if (family) return family[0];
    const key = by.sort().join();
    if (!setNames.has(key)) setNames.set(key, basename(id).replace(/\.\w+$/, ''));
    return setNames.get(key);
  };
}
