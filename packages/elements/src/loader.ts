/**
 * The script-tag entry (`dist/cdn/coalition-kit.js`). It defines nothing heavy up front: it
 * watches the page and loads a widget's chunk only when its tag appears (now or later, e.g.
 * in a single-page app). The tags come from `widgets.json` (`src/widgets.ts` is generated).
 *
 * The document's observer does not see inside shadow roots: an app that renders widgets in
 * its own components calls `discover(shadowRoot)` (see the package README).
 */
import { CHUNK_GRAPH } from './chunk-graph.js';
import { LOADER_VERSION, WIDGETS } from './widgets.js';

/**
 * The first copy of this script on the page, whatever its version, loads the widgets: a CMS
 * plugin and a theme may each add the snippet. It says so in the registry (a tag, not a
 * global); a later copy defines nothing, and warns once when its version differs. Without
 * this, two versions racing would each define some of the tags.
 */
const LOADER_TAG = 'ck-loader';
const first = customElements.get(LOADER_TAG) as { version?: unknown } | undefined;
if (!first)
  customElements.define(
    LOADER_TAG,
    class extends HTMLElement {
      static version = LOADER_VERSION;
    },
  );
else if (first.version !== LOADER_VERSION)
  console.warn(
    `Coalition Kit: version ${String(first.version)} is already on the page; this script (version ${LOADER_VERSION}) defines nothing and the page keeps version ${String(first.version)}.`,
  );

const pending = new Map(first ? [] : Object.entries(WIDGETS));
const loading = new Map<string, Promise<unknown>>();
const watched = new WeakSet<Node>();

/** A tag's chunk, and what it imports in parallel with it (same host, same relative paths). */
const loadWidget = (tag: string, load: () => Promise<unknown>) =>
  Promise.all([load(), ...(CHUNK_GRAPH[tag] ?? []).map((chunk) => import(chunk))]);

function loadFound(root: ParentNode): Promise<unknown>[] {
  const found: Promise<unknown>[] = [];
  for (const [tag, load] of pending) {
    if (customElements.get(tag)) {
      pending.delete(tag); // defined by other code (an npm import of the widget): that one wins
    } else if (root.querySelector(tag) || (root instanceof Element && root.localName === tag)) {
      pending.delete(tag);
      loading.set(
        tag,
        loadWidget(tag, load).catch((error: unknown) =>
          console.error(`Coalition Kit: could not load <${tag}>`, error),
        ),
      );
    }
  }
  for (const [tag, promise] of loading) {
    if (root.querySelector(tag) || (root instanceof Element && root.localName === tag)) {
      found.push(promise);
    }
  }
  return found;
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) loadFound(node);
    }
  }
  if (pending.size === 0) observer.disconnect();
});

/**
 * Loads the widgets used in `root` (a shadow root, an element, the document) and watches it
 * for widgets added later. Resolves once the tags found are defined.
 *
 * @example
 * import { discover } from 'https://feed.example.org/cdn/coalition-kit.js';
 * await discover(this.shadowRoot);
 */
export async function discover(root: Document | ShadowRoot | Element): Promise<void> {
  const found = loadFound(root);
  const target = root instanceof Document ? root.documentElement : root;
  if (pending.size && !watched.has(target)) {
    watched.add(target);
    observer.observe(target, { childList: true, subtree: true });
  }
  await Promise.all(found);
}

void discover(document);
